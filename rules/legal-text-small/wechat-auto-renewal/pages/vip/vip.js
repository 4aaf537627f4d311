Page({
  data: { plan: 'monthly', price: 25 },
  onPay() { wx.requestPayment({}) }
})

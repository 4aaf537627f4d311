Page({
  data: { price: 15 },
  pay() {
    wx.requestPayment({ timeStamp: '', nonceStr: '', package: '', signType: 'MD5', paySign: '' })
  }
})

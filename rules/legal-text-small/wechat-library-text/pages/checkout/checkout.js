Page({
  data: { agreed: false, renew: false, plans: [] },
  onAgree(e) { this.setData({ agreed: e.detail }) },
  onRenew(e) { this.setData({ renew: e.detail.value.length > 0 }) },
  onSubmit() { wx.navigateTo({ url: '/pages/pay/pay' }) }
})

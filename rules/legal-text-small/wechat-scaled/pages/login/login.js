Page({
  data: { phone: '', agreed: false },
  onAgree() { this.setData({ agreed: !this.data.agreed }) },
  openTerms() { wx.navigateTo({ url: '/pages/webview/webview?doc=terms' }) },
})

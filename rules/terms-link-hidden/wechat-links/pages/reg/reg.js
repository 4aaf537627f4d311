Page({
  data: { step: 2, expanded: false },
  goAgreement() {
    wx.navigateTo({ url: '/pages/webview/webview?doc=agreement' })
  },
  openContract() {
    wx.openPrivacyContract({})
  },
  goHome() {
    wx.switchTab({ url: '/pages/index/index' })
  }
})

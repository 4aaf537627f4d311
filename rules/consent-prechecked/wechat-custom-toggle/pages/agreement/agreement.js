Page({
  data: { agreementChecked: true, news: false },
  toggleAgree() {
    this.setData({ agreementChecked: !this.data.agreementChecked })
  },
  toggleNews() {
    this.setData({ news: !this.data.news })
  },
  openUser() {
    wx.navigateTo({ url: '/pages/webview/webview?doc=user' })
  },
  openPrivacy() {
    wx.navigateTo({ url: '/pages/webview/webview?doc=privacy' })
  },
  login() {}
})

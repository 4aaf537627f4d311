Page({
  data: {},

  openPolicy() {
    wx.navigateTo({ url: '/pages/webview/webview?doc=privacy' })
  },

  onAccept() {
    wx.navigateBack()
  }
})

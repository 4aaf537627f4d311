Page({
  data: {
    isAgree: false
  },

  onLogin() {
    wx.navigateBack()
  }
})

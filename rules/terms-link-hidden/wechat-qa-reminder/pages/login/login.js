Page({
  data: { agree: false, showTip: false, showNotice: false, msg: false },
  toggle() {
    this.setData({ agree: !this.data.agree })
  },
  onLogin() {
    if (!this.data.agree) {
      this.setData({ showTip: true })
      return
    }
    wx.login({ success: () => wx.switchTab({ url: '/pages/index/index' }) })
  }
})

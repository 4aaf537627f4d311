Page({
  data: { agreed: false, warn: false, showTip: false },
  onAgree(e) {
    this.setData({ agreed: e.detail.value.length > 0 })
  },
  openUser() {
    wx.navigateTo({ url: '/pages/doc/doc?t=user' })
  },
  openPrivacy() {
    wx.navigateTo({ url: '/pages/doc/doc?t=privacy' })
  },
  submit() {
    if (!this.data.agreed) {
      this.setData({ warn: true })
    }
  }
})

Page({
  data: {
    phone: '',
    code: '',
    form: { agreed: true }
  },
  onPhone(e) { this.setData({ phone: e.detail.value }) },
  onCode(e) { this.setData({ code: e.detail.value }) },
  toggleAgree() { this.setData({ 'form.agreed': !this.data.form.agreed }) },
  openTerms() { wx.navigateTo({ url: '/pages/doc/doc?type=terms' }) },
  openPrivacy() { wx.navigateTo({ url: '/pages/doc/doc?type=privacy' }) },
  login() {
    if (!this.data.form.agreed) {
      wx.showToast({ title: '请先同意协议', icon: 'none' })
      return
    }
    wx.login({ success: () => wx.switchTab({ url: '/pages/index/index' }) })
  }
})

// pages/register/register.js
Page({
  data: {
    phone: '',
    password: '',
    termsAccepted: false,
    // The marketing box in the template uses checked="false", which WeChat renders ticked.
    marketingOptIn: false
  },

  onPhoneInput(e) {
    this.setData({ phone: e.detail.value })
  },

  onPasswordInput(e) {
    this.setData({ password: e.detail.value })
  },

  onTermsChange(e) {
    this.setData({ termsAccepted: e.detail.value.length > 0 })
  },

  onMarketingChange(e) {
    this.setData({ marketingOptIn: e.detail.value.length > 0 })
  },

  onRegister() {
    if (!this.data.termsAccepted) {
      wx.showToast({ title: '请先阅读并同意用户服务协议', icon: 'none' })
      return
    }
    wx.navigateBack()
  }
})

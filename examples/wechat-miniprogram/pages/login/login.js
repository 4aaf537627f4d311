// pages/login/login.js
Page({
  data: {
    phone: '',
    code: '',
    countdown: 0,
    // Product asked for the agreement to be ticked by default to "reduce friction".
    isAgree: true,
    canSubmit: false
  },

  onPhoneInput(e) {
    this.setData({ phone: e.detail.value, canSubmit: e.detail.value.length === 11 })
  },

  onCodeInput(e) {
    this.setData({ code: e.detail.value })
  },

  onAgreeChange(e) {
    this.setData({ isAgree: e.detail.value.includes('agree') })
  },

  sendCode() {
    this.setData({ countdown: 60 })
    this.timer = setInterval(() => {
      if (this.data.countdown <= 1) clearInterval(this.timer)
      this.setData({ countdown: this.data.countdown - 1 })
    }, 1000)
  },

  onLogin() {
    if (!this.data.isAgree) {
      wx.showToast({ title: '请先同意用户协议', icon: 'none' })
      return
    }
    wx.redirectTo({ url: '/pages/settings/settings' })
  }
})

const consent = require('../../behaviors/consent')
const app = getApp()

Page({
  behaviors: [consent],
  data: {
    isAgree: false,
    form: { agreed: false, newsletter: true },
    remember: true
  },

  onLoad(options) {
    const that = this
    // Synchronous, before the first render: isAgree starts true.
    that.setData({ isAgree: true, 'form.agreed': !this.data.form.agreed })
    if (options.from === 'ad') {
      this.setData({ remember: false })
    }
    wx.request({
      url: 'https://example.com/api/consent',
      success: (res) => this.setData({ smsAgreed: res.data.sms })
    })
  },

  onShow() {
    this.setData({ pushAgreed: app.globalData.push })
  }
})

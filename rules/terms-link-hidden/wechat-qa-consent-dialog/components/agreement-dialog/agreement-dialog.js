// Shown by the page through the component instance (selectComponent('#agreement').show()) on first launch.
Component({
  data: { visible: false },
  methods: {
    show() { this.setData({ visible: true }) },
    goToAgreement() { wx.navigateTo({ url: '/pages/guide/guide?doc=agreement' }) },
    goToPrivacy() { wx.navigateTo({ url: '/pages/guide/guide?doc=privacy' }) },
    onAgree() {
      wx.setStorageSync('agreed', true)
      this.setData({ visible: false })
    },
    onReject() { wx.exitMiniProgram() }
  }
})

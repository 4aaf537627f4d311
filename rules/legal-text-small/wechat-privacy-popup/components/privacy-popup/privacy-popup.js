Component({
  data: { show: true, contractName: '《用户隐私保护指引》' },
  lifetimes: {
    attached() {
      if (wx.onNeedPrivacyAuthorization) {
        wx.onNeedPrivacyAuthorization((resolve) => { this.resolve = resolve })
      }
    }
  },
  methods: {
    openContract() { wx.openPrivacyContract() },
    handleAgree() {
      this.resolve && this.resolve({ buttonId: 'agree-btn', event: 'agree' })
      this.setData({ show: false })
    },
    handleDisagree() {
      this.resolve && this.resolve({ event: 'disagree' })
      this.setData({ show: false })
    }
  }
})

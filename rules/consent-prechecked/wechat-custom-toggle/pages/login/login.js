Page({
  data: {
    agreed: true,
    smsChecked: !0,
    showPwd: true,
    locationOk: false
  },
  toggleAgree() {
    this.setData({ agreed: !this.data.agreed })
  },
  onSmsTap() {
    const { smsChecked } = this.data
    this.setData({ smsChecked: !smsChecked })
  },
  togglePwd() {
    this.setData({ showPwd: !this.data.showPwd })
  },
  switchLocation() {
    this.setData({ locationOk: !this.data.locationOk })
  },
  openPrivacy() {
    wx.openPrivacyContract()
  }
})

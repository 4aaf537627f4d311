Page({
  data: {
    agreed: false,
    closed: true,
    refundClosed: true,
    foldRules: true
  },
  toggleAgree() {
    this.setData({ agreed: !this.data.agreed })
  },
  openAgreement() {
    this.setData({ closed: false })
  },
  closeAgreement() {
    this.setData({ closed: true })
  },
  openRefund() {
    this.setData({ refundClosed: false })
  },
  pay() {
    if (!this.data.agreed) {
      wx.showToast({ title: '请先阅读并同意协议', icon: 'none' })
      return
    }
    wx.requestPayment({ timeStamp: '', nonceStr: '', package: '', signType: 'MD5', paySign: '' })
  }
})

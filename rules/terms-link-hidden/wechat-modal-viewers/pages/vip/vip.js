Page({
  data: {
    agreed: false,
    collapsed: true,
    plans: [{ id: 'month', name: '连续包月', price: 15 }, { id: 'year', name: '连续包年', price: 148 }]
  },
  toggleTerms() {
    this.setData({ collapsed: !this.data.collapsed })
  },
  onAgree() {
    this.setData({ agreed: !this.data.agreed })
  },
  pay() {
    if (!this.data.agreed) {
      wx.showToast({ title: '请先同意协议', icon: 'none' })
      return
    }
    wx.requestPayment({ timeStamp: '', nonceStr: '', package: '', signType: 'MD5', paySign: '' })
  }
})

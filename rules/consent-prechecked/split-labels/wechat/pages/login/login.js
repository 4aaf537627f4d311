Page({
  data: {
    phone: '',
    agreed: true,
    remember: true,
    news: true
  },

  onAgreeTap() {
    this.setData({ agreed: !this.data.agreed })
  },

  openDoc(e) {
    wx.navigateTo({ url: `/pages/webview/webview?doc=${e.currentTarget.dataset.doc}` })
  }
})

Page({
  data: { showAgreement: false, showMore: false },
  onLoad() {
    if (!wx.getStorageSync('agreed')) {
      setTimeout(() => this.setData({ showAgreement: true }), 0)
    }
  },
  onAgree() { wx.setStorageSync('agreed', 1); this.setData({ showAgreement: false }) },
})

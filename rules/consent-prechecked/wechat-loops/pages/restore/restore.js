Page({
  data: { agreed: false },
  onLoad(options) {
    this.restore()
  },
  restore() {
    const saved = wx.getStorageSync('reg_draft')
    if (!saved) return
    this.setData({ agreed: true })
  },
})
Page({
  data: { agreed: true, share: true, news: 0 },

  toggleAgree() {
    if (this.data.agreed) {
      this.setData({ agreed: false })
    } else {
      this.setData({ agreed: true })
    }
  },

  toggleShare() {
    var _this = this
    _this.data.share ? _this.setData({ share: false }) : _this.setData({ share: true })
  },

  toggleNews() {
    if (this.data.news == 0) {
      this.setData({ news: 1 })
    } else {
      this.setData({ news: 0 })
    }
  }
})

Page({
  data: { agreed: false, showTip: false },
  onAgree(e) { this.setData({ agreed: e.detail.value }) },
  login() {
    if (!this.data.agreed) {
      this.setData({ showTip: true })
    }
  },
})

Page({
  data: { agreed: false, contractShown: false, moreShown: false },

  onAgreeChange(e) {
    this.setData({ agreed: e.detail.value.length > 0 })
  },

  toggleContract() {
    this.setData({ contractShown: !this.data.contractShown })
  },

  showMore() {
    this.setData({ moreShown: true })
  }
})

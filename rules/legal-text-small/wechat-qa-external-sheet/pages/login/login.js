Page({
  data: { agreed: false },
  onAgree() { this.setData({ agreed: !this.data.agreed }) },
})

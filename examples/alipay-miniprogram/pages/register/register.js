Page({
  data: {
    phone: '',
    agreed: false,
    pushOn: true
  },
  onLoad(query) {
    // Growth experiment: tick the agreement for everyone before the page shows.
    this.setData({ agreed: true })
  },
  onPhone(e) {
    this.setData({ phone: e.detail.value })
  },
  onSubmit() {
    if (!this.data.agreed) {
      my.showToast({ content: '请先同意协议' })
    }
  }
})

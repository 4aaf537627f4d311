Page({
  data: { loading: true },
  onLoad() {},
  onReady() {
    this.setData({ loading: false })
  },
})
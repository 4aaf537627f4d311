Page({
  data: {},
  onPick(e) {
    this.setData({ choice: e.detail.value })
  },
})

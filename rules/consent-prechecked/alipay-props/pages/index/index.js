Page({
  data: { agreed: true, showOld: false, autoRenew: false },
  onLoad() {
    this.setData({ autoRenew: true })
  }
})

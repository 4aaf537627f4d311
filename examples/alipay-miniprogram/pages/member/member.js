Page({
  data: {
    renew: true,
    deliveryNotice: true
  },
  toggleRenew() {
    this.setData({ renew: !this.data.renew })
  }
})

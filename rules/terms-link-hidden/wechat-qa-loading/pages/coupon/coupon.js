const { request } = require('../../utils/request')

Page({
  data: { ready: false, hideTerms: false },
  onLoad() {
    this.loadCoupon()
  },
  async loadCoupon() {
    this.setData({ hideTerms: true })
    const res = await request({ url: '/api/coupon' })
    this.setData({ ready: true, coupon: res.data })
  },
})

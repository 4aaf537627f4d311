Page({
  data: {
    orders: [],
    loading: true,
    checked: false
  },

  openOrder(e) {
    wx.navigateTo({ url: `/pages/order/order?id=${e.currentTarget.dataset.id}` })
  },

  onChange(e) {
    this.setData({ checked: e.detail })
  }
})

// pages/vip/vip.js
Page({
  data: {
    plans: [
      { id: 'month', name: '连续包月', price: 25 },
      { id: 'quarter', name: '季卡', price: 68 },
      { id: 'year', name: '年卡', price: 198 }
    ],
    selectedPlan: 'month',
    price: 25,
    autoRenew: true
  },

  selectPlan(e) {
    const plan = this.data.plans.find((p) => p.id === e.currentTarget.dataset.id)
    this.setData({ selectedPlan: plan.id, price: plan.price })
  },

  onRenewChange(e) {
    this.setData({ autoRenew: e.detail.value })
  },

  openDoc(e) {
    wx.navigateTo({ url: `/pages/webview/webview?doc=${e.currentTarget.dataset.doc}` })
  },

  onPay() {
    wx.showLoading({ title: '支付中' })
  }
})

const app = getApp()

Page({
  data: {
    settings: [
      { key: 'order', title: '订单状态通知', on: true },
      { key: 'promo', title: '接收促销活动消息', on: true },
      { key: 'night', title: '夜间免打扰', on: false },
    ],
  },
  onToggle(e) {
    const { key } = e.currentTarget.dataset
    this.setData({ [`on_${key}`]: e.detail.value })
  },
})

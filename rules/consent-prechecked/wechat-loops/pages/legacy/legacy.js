Page({
  data: {
    options: [
      { id: 'order', title: '订单状态通知', on: true },
      { id: 'ads', title: '接收个性化广告推送', on: true },
      { id: 'survey', title: '参与用户调研邀请', on: false },
    ],
  },
  onSwitch(e) {
    this.setData({ [`switches.${e.currentTarget.dataset.id}`]: e.detail.value })
  },
})

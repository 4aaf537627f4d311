// A link row never renders the switch branch: its `value: true` is not a pre-checked box.
Page({
  data: {
    rows: [
      { k: 1, type: 'switch', title: '接收营销推送', value: false },
      { k: 2, type: 'link', title: '《隐私政策》', url: '/pages/doc/doc?t=p', value: true },
      { k: 3, type: 'switch', title: '系统通知', value: true },
    ],
  },
})
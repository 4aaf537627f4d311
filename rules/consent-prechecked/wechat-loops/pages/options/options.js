Page({
  data: {
    groups: [
      {
        name: '消息',
        items: [
          { title: '系统通知', on: true, show: true },
          { title: '接收优惠活动推送', on: false, show: true },
          { title: '允许合作伙伴向我发送营销信息', on: true, show: true },
        ],
      },
    ],
  },
})

// Rows of different kinds: a field that is there or not picks the kind, it does not hide a row.
Page({
  data: {
    rows: [
      { k: 'push', title: '消息推送', on: true },
      { k: 'privacy', title: '《隐私政策》', url: '/pages/doc/doc?t=privacy' },
      { k: 'cache', title: '清除缓存' },
    ],
  },
})

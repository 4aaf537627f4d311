// The documents are listed from data; the SDK list is switched off in the list itself.
Page({
  data: {
    version: '3.2.1',
    docs: [
      { id: 'user', title: '《用户服务协议》', show: true, hidden: false },
      { id: 'privacy', title: '《隐私政策》', show: true, hidden: false },
      { id: 'sdk', title: '《第三方SDK共享清单》', show: false, hidden: true },
    ],
  },
  openDoc(e) {
    wx.navigateTo({ url: `/pages/agreement/agreement?id=${e.currentTarget.dataset.id}` })
  },
})

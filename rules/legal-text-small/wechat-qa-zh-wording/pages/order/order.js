Page({
  data: {},
  approve() { wx.showToast({ title: '已同意' }) },
  accept() {},
  login() { wx.getUserProfile({ desc: '用于完善会员资料' }) }
})

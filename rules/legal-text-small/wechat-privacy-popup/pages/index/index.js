Page({
  data: {},
  start() { wx.navigateTo({ url: '/pages/index/index' }) }
})

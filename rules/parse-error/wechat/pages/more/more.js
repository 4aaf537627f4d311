Page({
  data: { price: 120 },
  openSettings() {
    wx.navigateTo({ url: '/pages/profile/profile' })
  }
})

Page({
  data: { remember: true, dark: true },
  onRemember(e) { this.setData({ remember: e.detail.value }) },
  onDark(e) { this.setData({ dark: e.detail.value }) },
  login() { wx.switchTab({ url: '/pages/index/index' }) },
  register() { wx.navigateTo({ url: '/pages/login/login' }) }
})

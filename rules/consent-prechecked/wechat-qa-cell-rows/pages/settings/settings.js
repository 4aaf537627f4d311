Page({
  data: {
    settings: { orderNotice: true, marketingSms: true, darkMode: false },
  },
  onShow() {
    this.setData({ 'settings.personalized': true })
  },
})

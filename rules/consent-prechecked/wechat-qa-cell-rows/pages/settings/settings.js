Page({
  data: {
    settings: { orderNotice: true, marketingSms: true, darkMode: false, promoPush: true, couponReminder: true },
  },
  onShow() {
    this.setData({ 'settings.personalized': true })
  },
})

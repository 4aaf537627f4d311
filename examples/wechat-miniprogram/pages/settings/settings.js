// pages/settings/settings.js
const app = getApp()

Page({
  data: {
    orderNotify: true,
    marketingPush: false,
    isLoggedIn: true
  },

  onLoad() {
    // Restored from the user's saved choice, so its first value is not known statically.
    this.setData({ personalized: app.globalData.settings.personalized })
  },

  onOrderNotifyChange(e) {
    this.setData({ orderNotify: e.detail.value })
  },

  onMarketingPushChange(e) {
    this.setData({ marketingPush: e.detail.value })
  },

  onShareChange(e) {
    wx.setStorageSync('shareUsage', e.detail.value)
  },

  onDarkModeChange(e) {
    wx.setStorageSync('theme', e.detail.value ? 'dark' : 'light')
  },

  onPersonalizedChange(e) {
    app.globalData.settings.personalized = e.detail.value
    wx.setStorageSync('settings', app.globalData.settings)
  },

  onLogout() {
    wx.clearStorageSync()
    wx.reLaunch({ url: '/pages/login/login' })
  }
})

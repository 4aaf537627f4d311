// app.js
App({
  globalData: {
    userInfo: null,
    // Restored from storage in onLaunch; pages read it in onLoad.
    settings: { personalized: true }
  },

  onLaunch() {
    const saved = wx.getStorageSync('settings')
    if (saved) {
      this.globalData.settings = saved
    }
  }
})

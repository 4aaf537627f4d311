const app = getApp()

Component({
  data: {
    adPersonalization: true,
    darkMode: true,
    marketingPush: false
  },

  lifetimes: {
    attached() {
      // Restored from storage at run time: unknown statically.
      this.setData({ shareData: app.globalData.shareData })
    }
  },

  methods: {
    onAdChange(e) {
      this.setData({ adPersonalization: e.detail.value })
    }
  }
})

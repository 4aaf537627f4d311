const app = getApp()

Page({
  data: {
    tipVisible: false
  },

  onLoad() {
    // showTip is not in the initial data: its visibility is unknown, so the tiny text still counts.
    this.setData({ showTip: app.globalData.firstLaunch })
  }
})

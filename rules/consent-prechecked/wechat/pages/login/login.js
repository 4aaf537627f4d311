const app = getApp()

Page({
  data: {
    isAgree: true,
    agreeLater: false,
    keepSignedIn: true
  },

  onLoad() {
    // Not in the initial data literal: unknown at first render, never guessed.
    this.setData({ agreed: app.globalData.agreed })
  },

  onAgreeChange(e) {
    // Becomes true only after the user taps; the initial value (false) is what counts.
    this.setData({ agreeLater: e.detail.value.length > 0 })
  }
})

Page({
  data: {
    privacy: { ads: true, share: false },
    vibrate: true,
  },
  onLoad() {
    const self = this
    self.setData({ 'privacy.share': true })
  },
})

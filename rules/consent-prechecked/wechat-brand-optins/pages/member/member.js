Page({
  data: { shareStore: true, shareBrand: true, shareProfile: true, syncAvatar: true, storeNews: true },
  onChange(e) {
    const v = e.detail.value
    this.setData({ shareStore: v.includes('store'), shareBrand: v.includes('brand'), shareProfile: v.includes('profile') })
  },
})

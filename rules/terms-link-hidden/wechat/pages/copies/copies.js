Page({
  data: {
    childMode: false,
    agree: false,
    showSheet: false,
    showFooterDocs: false
  },
  toggleAgree() {
    this.setData({ agree: !this.data.agree })
  },
  openTerms() {
    wx.navigateTo({ url: '/pages/doc/doc?type=terms' })
  }
})

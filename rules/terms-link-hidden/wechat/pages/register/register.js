Page({
  data: {
    showPolicy: false,
    agreementVisible: true,
    loggedIn: false
  },

  onLoad(query) {
    // Depends on the launch query: unknown statically, so the link is not reported.
    this.setData({ showTerms: query.from === 'ad' })
  },

  openPrivacy() {
    wx.navigateTo({ url: '/pages/doc/doc?type=privacy' })
  },

  openTerms() {
    wx.navigateTo({ url: '/pages/doc/doc?type=tos' })
  },

  openAgreement() {
    wx.navigateTo({ url: '/pages/doc/doc?type=user' })
  }
})

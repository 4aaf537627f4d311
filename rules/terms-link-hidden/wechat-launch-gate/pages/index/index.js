Page({
  data: { showGate: false, showNotice: false },
  onLogin() { this.setData({ showGate: true }) },
  onAgree() {
    wx.setStorageSync('agreed', true)
    this.setData({ showGate: false })
    wx.navigateTo({ url: '/pages/login/login' })
  },
  onReject() { this.setData({ showGate: false }) },
  openTerms() { wx.navigateTo({ url: '/pages/doc/doc?type=terms' }) },
  openPrivacy() { wx.navigateTo({ url: '/pages/doc/doc?type=privacy' }) },
  openChildren() { wx.navigateTo({ url: '/pages/doc/doc?type=children' }) },
  closeNotice() { this.setData({ showNotice: false }) }
})

Page({
  data: { loading: false, failed: false, content: '' },
  onLoad() {
    wx.request({
      url: 'https://shop.example/privacy.html',
      success: (res) => this.setData({ content: res.data })
    })
  }
})

Page({
  data: { loading: true },
  onLoad(options) {
    wx.request({
      url: 'https://api.example.com/init',
      success: (res) => this.handleInit(res.data),
      fail: () => this.handleInit(null),
    })
  },
  handleInit(data) {
    this.setData({ loading: false, info: data })
  },
})
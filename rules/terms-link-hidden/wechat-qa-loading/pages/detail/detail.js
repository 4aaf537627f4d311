Page({
  data: { loading: true, docs: [], showOld: false },
  onLoad(query) {
    wx.request({
      url: 'https://api.example.com/agreements',
      success: (res) => {
        this.setData({ loading: false, docs: res.data.list })
      },
      fail: () => this.setData({ loading: false }),
    })
  },
})

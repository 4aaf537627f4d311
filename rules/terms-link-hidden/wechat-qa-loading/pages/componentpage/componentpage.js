Component({
  data: { loading: true },
  methods: {
    onLoad(options) {
      wx.request({
        url: 'https://api.example.com/init',
        success: () => this.setData({ loading: false }),
      })
    },
  },
})
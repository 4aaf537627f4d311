const { request } = require('../../utils/request')

Page({
  data: {
    agreements: [],
    options: [{ text: '同意接收营销短信', checked: true }],
  },
  async onLoad() {
    this.setData({ options: this.buildOptions() })
    const res = await request({ url: '/api/agreements' })
    this.setData({ agreements: res.data.items })
  },
  buildOptions() {
    return []
  },
})

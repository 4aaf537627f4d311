const { request } = require('../../utils/request')

Page({
  data: { profileLoaded: false, foldTerms: false },
  async onLoad() {
    this.init()
    const res = await request({ url: '/api/member' })
    this.setData({ profileLoaded: true, member: res.data })
  },
  init() {
    this.setData({ foldTerms: true })
  },
})

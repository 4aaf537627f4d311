// The agreements a new account accepts, rendered with wx:for.
Page({
  data: {
    phone: '',
    agreements: [
      { id: 'terms', text: '我已阅读并同意《用户服务协议》和《隐私政策》', checked: false },
      { id: 'sms', text: '同意接收营销短信和优惠活动推送', checked: true },
      { id: 'share', text: '同意将我的个人信息共享给合作伙伴用于个性化推荐' },
    ],
  },
  onAgreeChange(e) {
    this.setData({ picked: e.detail.value })
  },
  submit() {
    wx.navigateTo({ url: '/pages/notify/notify' })
  },
})

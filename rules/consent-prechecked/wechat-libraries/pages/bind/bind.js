Page({
  data: {
    agreed: ['terms'],
    channels: ['sms'],
    personalized: true,
  },
  onAgreeChange(e) {
    this.setData({ agreed: e.detail.value })
  },
  submit() {},
})

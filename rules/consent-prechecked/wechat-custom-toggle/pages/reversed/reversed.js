Page({
  data: { notAgreed: true, noMarketing: false, shareOff: true },
  toggleAgree() { this.setData({ notAgreed: !this.data.notAgreed }) },
  toggleMarketing() { this.setData({ noMarketing: !this.data.noMarketing }) },
  toggleShare() { this.setData({ shareOff: !this.data.shareOff }) }
})

Page({
  data: { notAgreed: true, noMarketing: false, shareOff: true, isAgree: false, notAgree: true, agreedSms: false, agreedTerms: false },
  toggleAgree() { this.setData({ notAgreed: !this.data.notAgreed }) },
  toggleMarketing() { this.setData({ noMarketing: !this.data.noMarketing }) },
  toggleShare() { this.setData({ shareOff: !this.data.shareOff }) },
  agree() { this.setData({ isAgree: true }) },
  disagree() { this.setData({ isAgree: false }) },
  markNotAgreed() { this.setData({ notAgree: true }) },
  markAgreed() { this.setData({ notAgree: false }) },
  toggleSms() { this.setData({ agreedSms: !this.data.agreedSms }) },
  toggleTerms() { this.setData({ agreedTerms: !this.data.agreedTerms }) }
})

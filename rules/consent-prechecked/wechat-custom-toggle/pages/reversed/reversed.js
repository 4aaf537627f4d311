Page({
  data: { notAgreed: true, noMarketing: false, shareOff: true, isAgree: false, notAgree: true, agreedSms: false, agreedTerms: false,
          isAgreeShare: true, agreedFa: false, agreedBase: true },
  toggleAgree() { this.setData({ notAgreed: !this.data.notAgreed }) },
  toggleMarketing() { this.setData({ noMarketing: !this.data.noMarketing }) },
  toggleShare() { this.setData({ shareOff: !this.data.shareOff }) },
  agree() { this.setData({ isAgree: true }) },
  disagree() { this.setData({ isAgree: false }) },
  markNotAgreed() { this.setData({ notAgree: true }) },
  markAgreed() { this.setData({ notAgree: false }) },
  toggleSms() { this.setData({ agreedSms: !this.data.agreedSms }) },
  toggleTerms() { this.setData({ agreedTerms: !this.data.agreedTerms }) },
  toggleShareAgree() { this.setData({ isAgreeShare: !this.data.isAgreeShare }) },
  toggleFa() { this.setData({ agreedFa: !this.data.agreedFa }) },
  toggleBase() { this.setData({ agreedBase: !this.data.agreedBase }) }
})

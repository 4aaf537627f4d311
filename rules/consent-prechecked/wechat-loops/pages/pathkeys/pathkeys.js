Page({
  data: {
    agreements: [
      { id: 'terms', text: '我已阅读并同意《用户协议》', checked: false },
      { id: 'sms', text: '同意接收营销短信', checked: true },
    ],
  },
  onLoad() {
    this.data.agreements.forEach((a, i) => {
      this.setData({ [`agreements[${i}].checked`]: false })
    })
  },
})
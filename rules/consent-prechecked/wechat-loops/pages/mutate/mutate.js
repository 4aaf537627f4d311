Page({
  data: {
    agreements: [
      { id: 'terms', text: '我已阅读并同意《用户协议》', checked: false },
      { id: 'sms', text: '同意接收营销短信', checked: true },
    ],
  },
  onLoad() {
    // 合规整改：营销授权默认不勾选
    this.data.agreements[1].checked = false
    this.setData({ agreements: this.data.agreements })
  },
})
Page({
  data: {
    terms: [
      { name: 'service', label: '我已阅读并同意《会员服务协议》', checked: false },
      { name: 'auth', label: '授权获取我的手机号和会员信息用于营销推广', checked: true },
    ],
  },
  onChange(e) {
    this.setData({ selected: e.detail.value })
  },
});

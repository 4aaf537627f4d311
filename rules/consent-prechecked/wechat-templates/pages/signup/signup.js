Page({
  data: {
    agreed: false,
    on: false,
    sms: { on: true, text: '接收营销短信和优惠活动通知' },
    rowType: 'consentRow'
  }
})

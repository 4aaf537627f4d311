Page({
  data: {
    loginType: 'sms'
  }
})

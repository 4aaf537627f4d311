Page({
  data: {
    phone: '',
    bound: false,
    agreed: true,
    marketing: false
  },
  onLogin() {
    if (!this.data.agreed) {
      jd.showToast({ title: '请先同意协议', icon: 'none' })
      return
    }
    jd.login({ success: (res) => this.setData({ code: res.code }) })
  }
})

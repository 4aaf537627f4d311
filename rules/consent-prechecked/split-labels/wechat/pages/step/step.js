Page({
  data: {
    needAgree: false,
    agree: true,
    friendsOnly: true,
    sound: true
  },
  toggleAgree() {
    this.setData({ agree: !this.data.agree })
  }
})

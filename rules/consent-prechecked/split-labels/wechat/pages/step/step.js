Page({
  data: {
    needAgree: false,
    agree: true,
    friendsOnly: true
  },
  toggleAgree() {
    this.setData({ agree: !this.data.agree })
  }
})

Page({
  data: { showNote: true },
  login() {
    ks.login({ success: () => ks.navigateBack() })
  }
})

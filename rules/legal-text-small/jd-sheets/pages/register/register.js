Page({
  data: { phone: "" },
  onPhone(e) { this.setData({ phone: e.detail.value }) },
  onSubmit() { jd.navigateTo({ url: "/pages/index/index" }) }
})

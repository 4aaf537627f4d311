Page({
  data: { name: "", phone: "", isDefault: false },
  onName(e) { this.setData({ name: e.detail.value }) },
  onPhone(e) { this.setData({ phone: e.detail.value }) },
  onDefault(e) { this.setData({ isDefault: e.detail.value }) },
  onSave() { wx.navigateBack() }
})

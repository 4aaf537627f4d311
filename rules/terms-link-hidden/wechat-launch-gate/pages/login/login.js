Page({
  data: { step: 'phone' },
  onPhone() { this.setData({ step: 'confirm' }) },
  confirm() { this.setData({ step: 'done' }) },
  openDoc(e) { wx.navigateTo({ url: '/pages/doc/doc?type=' + e.currentTarget.dataset.doc }) }
})

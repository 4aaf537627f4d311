Page({
  data: { checked: true, night: true },
  handleCheck() { this.setData({ checked: !this.data.checked }); },
  toggleNight() { this.setData({ night: !this.data.night }); },
});

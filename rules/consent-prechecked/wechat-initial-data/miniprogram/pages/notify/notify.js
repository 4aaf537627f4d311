Component({
  properties: {
    showTips: { type: Boolean, value: true }
  },
  data: {
    delivery: true,
    promotions: false
  },
  lifetimes: {
    attached() {
      this.setData({ promotions: true })
    }
  }
})

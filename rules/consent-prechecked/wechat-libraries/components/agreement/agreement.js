Component({
  properties: {
    checked: { type: Boolean, value: false }
  },
  methods: {
    openPolicy() {
      wx.navigateTo({ url: '/pages/policy/privacy' })
    }
  }
})

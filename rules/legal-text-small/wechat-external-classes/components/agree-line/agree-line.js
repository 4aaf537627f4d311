// The page decides how the line is sized: its class fills `text-class`.
Component({
  externalClasses: ['text-class', 'link-class'],
  properties: { doc: { type: String, value: 'renew' } },
  methods: {
    open() { wx.navigateTo({ url: `/pages/doc/doc?t=${this.data.doc}` }) },
  },
})

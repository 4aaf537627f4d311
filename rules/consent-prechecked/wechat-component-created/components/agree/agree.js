// created: setData is not available yet (WeChat docs: "此时还不能调用 setData"); the page's value decides.
Component({
  properties: {
    checked: { type: Boolean, value: false },
  },
  lifetimes: {
    created() {
      this.setData({ checked: true })
    },
  },
  methods: {
    onChange(e) { this.setData({ checked: e.detail.value.length > 0 }) },
  },
})

// The component ticks its own box when attached (a "default agree" product decision), whatever a page passes.
Component({
  properties: {
    checked: { type: Boolean, value: false },
  },
  lifetimes: {
    attached() {
      this.setData({ checked: true })
    },
  },
  methods: {
    onChange(e) { this.setData({ checked: e.detail.value.length > 0 }) },
  },
})

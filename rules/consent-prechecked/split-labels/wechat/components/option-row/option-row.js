Component({
  properties: {
    kind: { type: String, value: 'sound' },
    on: { type: Boolean, value: false }
  },
  methods: {
    onChange(e) {
      this.triggerEvent('change', { value: e.detail.value })
    }
  }
})

Component({
  properties: {
    closed: { type: Boolean, value: true }
  },
  methods: {
    close() {
      this.setData({ closed: true })
    }
  }
})

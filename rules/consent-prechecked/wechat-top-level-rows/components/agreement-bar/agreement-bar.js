Component({
  data: { subscribed: true },
  methods: {
    onChange(e) { this.setData({ subscribed: e.detail.value }) }
  }
})

Component({ data: {}, methods: { onChange(e) { this.triggerEvent("change", e.detail.value.length > 0) } } })

// camelCase properties; pages set them with dash-case attributes (default-checked, show-links).
Component({
  properties: {
    defaultChecked: { type: Boolean, value: false },
    showLinks: { type: Boolean, value: false },
  },
  methods: {
    openUser() { wx.navigateTo({ url: '/pages/agreement/agreement?type=user' }) },
    onChange(e) { this.triggerEvent('change', e.detail) },
  },
})

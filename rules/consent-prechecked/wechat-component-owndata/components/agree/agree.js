// The box is ticked by the component's own data; the Boolean properties only style it and switch the hint.
Component({
  options: { styleIsolation: 'apply-shared' },
  properties: {
    round: { type: Boolean, value: false },
    showHint: { type: Boolean, value: true },
    disabled: Boolean,
  },
  data: { agreed: true },
  methods: {
    onChange(e) { this.setData({ agreed: e.detail.value.length > 0 }) },
  },
})

Component({
  properties: {
    show: { type: Boolean, value: false },
  },
})

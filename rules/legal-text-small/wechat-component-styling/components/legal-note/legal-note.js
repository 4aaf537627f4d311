// A footnote under every payment button; `dark` only changes its colour.
Component({
  properties: {
    dark: { type: Boolean, value: false },
  },
})

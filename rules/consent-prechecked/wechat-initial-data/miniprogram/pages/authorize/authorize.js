// A checkbox group whose first-render selection is a list in data: each box is checked when the list holds it.
Page({
  data: {
    selected: ['privacy', 'location'],
    keys: 'privacy,location'
  },

  onChange(e) {
    this.setData({ selected: e.detail.value })
  }
})

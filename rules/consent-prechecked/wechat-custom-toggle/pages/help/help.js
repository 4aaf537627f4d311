Page({
  data: { summaryOpen: true, expanded: true },
  toggleSummary() {
    this.setData({ summaryOpen: !this.data.summaryOpen })
  },
  collapse() {
    this.setData({ expanded: false })
  },
  expand() {
    this.setData({ expanded: true })
  }
})

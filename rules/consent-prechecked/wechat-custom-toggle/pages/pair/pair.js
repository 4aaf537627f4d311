Page({
  data: { agreed: true, marketing: false, shared: true, sharingOpen: false },
  agree() {
    this.setData({ agreed: true })
  },
  disagree() {
    this.setData({ agreed: false })
  },
  startMarketing() {
    this.setData({ marketing: true })
  },
  stopMarketing() {
    this.setData({ marketing: false })
  },
  openSharing() {
    this.setData({ sharingOpen: true })
  }
})

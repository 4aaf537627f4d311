const createPage = require('../../utils/router')

// Defined through the wrapper: its options are still the page's.
createPage({
  data: { autoRenew: true },

  onRenewTap() {
    this.setData({ autoRenew: !this.data.autoRenew })
  }
})

Page({
  data: { rowStyle: '', loginType: 'phone' },
  onLoad(query) {
    // The style comes from the entry link: not known before the page runs.
    this.setData({ rowStyle: query.style || '', linkClass: query.theme })
  },
})

Page({
  data: { tipClass: '' },
  onLoad(query) {
    this.setData({ tipClass: query.compact ? 'agree-xs' : 'agree-md' })
  },
})

Page({
  data: { subscribe: true, feeds: [] },
  onLoad: async function () {
    const res = await fetchFeeds()
    // Runs moments after the first render: the switch shows the saved value, unknown here (as in uni-app).
    this.setData({ feeds: res.list, subscribe: res.subscribed })
  },
})

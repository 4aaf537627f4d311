Page({
  data: { subscribe: true, feeds: [] },
  onLoad: async function () {
    const res = await fetchFeeds()
    // Runs after the first render: the switch is first shown on.
    this.setData({ feeds: res.list, subscribe: res.subscribed })
  },
})

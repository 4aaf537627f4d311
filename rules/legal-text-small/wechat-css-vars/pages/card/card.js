Page({
  data: { compact: true }
})

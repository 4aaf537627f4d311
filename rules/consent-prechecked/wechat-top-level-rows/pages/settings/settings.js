Page({
  data: { agreed: false, remember: true }
})

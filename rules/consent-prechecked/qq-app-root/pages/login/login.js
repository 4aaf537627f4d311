Page({
  data: { agreed: true, remember: true }
})

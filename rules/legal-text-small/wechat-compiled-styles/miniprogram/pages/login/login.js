Page({
  data: { agreed: false }
})

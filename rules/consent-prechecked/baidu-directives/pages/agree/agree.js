Page({
  data: { agreed: true, showLegacy: false }
})

Page({
  data: { agreed: false, subscribed: false, channel: '' }
})

Page({
  data: {
    agreed: true,
    marketing: true,
    plan: 'yes',
    orderUpdates: true,
    dark: false
  }
})

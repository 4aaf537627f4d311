Page({
  data: { renewAgreed: true, autoRenew: false, marketing: true }
})

module.exports = Behavior({
  data: {
    shareAgreed: !0,
    smsAgreed: !1
  }
})

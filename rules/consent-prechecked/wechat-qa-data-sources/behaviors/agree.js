export default Behavior({
  data: { pushAgreed: true },
})

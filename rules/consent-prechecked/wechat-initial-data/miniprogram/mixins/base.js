module.exports = {
  onShareAppMessage() { return { title: '一起来注册' } },
}

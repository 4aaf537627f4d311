module.exports.request = (options) => new Promise((resolve, reject) => {
  wx.request({ ...options, success: resolve, fail: reject })
})

const { envVersion } = wx.getAccountInfoSync().miniProgram
exports.isProd = envVersion === 'release'

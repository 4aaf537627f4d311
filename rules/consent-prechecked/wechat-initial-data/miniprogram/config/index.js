// App-wide switches shipped with the code.
const env = require('./env')

module.exports = {
  baseUrl: env.isProd ? 'https://api.example.com' : 'https://test-api.example.com',
  appName: '好物优选',
  defaultAgree: true,
  defaultMarketing: true,
  defaultSharing: false,
  defaultLocation: wx.getStorageSync('location') !== 'off',
  defaultPush: false,
  consent: { personalized: true, ads: false },
}

// Test builds subscribe testers to pushes: which build this is is not known here.
if (!env.isProd) {
  module.exports.defaultPush = true
}

const config = require('../../config/index.js')
const { defaultMarketing, defaultSharing: sharing } = require('../../config/index')

Page({
  data: {
    agreed: config.defaultAgree,
    marketing: defaultMarketing,
    sharing,
    location: config.defaultLocation,
    push: config.defaultPush,
    personalized: config.consent.personalized,
  },
  onSubmit() {
    wx.navigateBack()
  },
})

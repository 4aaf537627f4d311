// Strings from a language pack loaded at runtime: their text cannot be known, the literal text beside them can.
const i18n = require('../../utils/i18n.js')

Page({
  data: {
    t: i18n.current(),
    appName: getApp().globalData.appName,
    agreed: true,
    sms: true,
    autoplay: true,
    ads: true,
  },
})

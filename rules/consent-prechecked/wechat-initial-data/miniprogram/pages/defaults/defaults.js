const DEFAULT_AGREED = true
const DEFAULT_FORM = { marketing: true, sharing: false }
let personalizedDefault = true
let savedPrefs = { ads: true }

if (wx.getStorageSync('personalized') === false) {
  personalizedDefault = false
  savedPrefs = wx.getStorageSync('prefs') || savedPrefs
}

Page({
  data: {
    agreed: DEFAULT_AGREED,
    form: DEFAULT_FORM,
    personalized: personalizedDefault,
    prefs: savedPrefs
  },
  onSubmit() {
    wx.navigateBack()
  }
})

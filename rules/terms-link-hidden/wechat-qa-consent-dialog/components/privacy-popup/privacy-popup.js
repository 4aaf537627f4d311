let privacyHandler
let privacyResolves = new Set()
let closeOtherPagePopUpHooks = new Set()

if (wx.onNeedPrivacyAuthorization) {
  wx.onNeedPrivacyAuthorization(resolve => {
    if (typeof privacyHandler === 'function') {
      privacyHandler(resolve)
    }
  })
}

Component({
  data: {
    innerShow: false,
    title: '用户隐私保护提示',
    privacyContractName: '《小程序隐私保护指引》',
  },
  lifetimes: {
    attached: function () {
      const closePopUp = () => { this.disPopUp() }
      privacyHandler = resolve => {
        privacyResolves.add(resolve)
        this.popUp()
      }
      closeOtherPagePopUpHooks.add(closePopUp)
      this.closePopUp = closePopUp
      wx.getPrivacySetting({
        success: res => {
          if (res.needAuthorization) {
            this.setData({ privacyContractName: res.privacyContractName })
            this.popUp()
          }
        },
      })
    },
    detached: function () {
      closeOtherPagePopUpHooks.delete(this.closePopUp)
    },
  },
  methods: {
    handleAgree() {
      privacyResolves.forEach(resolve => resolve({ event: 'agree', buttonId: 'agree-btn' }))
      privacyResolves.clear()
      this.disPopUp()
    },
    handleDisagree() {
      privacyResolves.forEach(resolve => resolve({ event: 'disagree' }))
      privacyResolves.clear()
      this.disPopUp()
    },
    popUp() {
      if (this.data.innerShow === false) this.setData({ innerShow: true })
    },
    disPopUp() {
      if (this.data.innerShow === true) this.setData({ innerShow: false })
    },
    openPrivacyContract() {
      wx.openPrivacyContract({ fail: () => wx.showToast({ title: '打开失败', icon: 'none' }) })
    },
  },
})

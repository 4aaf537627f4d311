// Shared by every sign-in page: the agreement flag and the document links.
export default {
  data() {
    return {
      isAgree: true,
      agreementUrl: '/pages/webview/webview?type=agreement'
    }
  },
  methods: {
    toggleAgree() {
      this.isAgree = !this.isAgree
    },
    openAgreement() {
      uni.navigateTo({ url: this.agreementUrl })
    }
  }
}

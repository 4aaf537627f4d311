// Sign-in pages that remember an earlier agreement: ticked again only for someone who agreed before.
const AGREED_KEY = 'privacy_agreed'

export default {
  data() {
    return { remembered: true }
  },
  onLoad() {
    this.remembered = uni.getStorageSync(AGREED_KEY) === true
  },
  methods: {
    toggleRemembered() {
      this.remembered = !this.remembered
      uni.setStorageSync(AGREED_KEY, this.remembered)
    }
  }
}

// Privacy switches, as ES module exports.
export const PERSONALIZED_DEFAULT = true
export const PROFILE_SHARING_DEFAULT = false
export let trackingDefault = true

export default {
  agreeOnOpen: true,
  showPopup: true,
}

export function setTracking(on) {
  trackingDefault = on
}

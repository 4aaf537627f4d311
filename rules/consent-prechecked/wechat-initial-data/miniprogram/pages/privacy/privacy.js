import privacy, { PERSONALIZED_DEFAULT, PROFILE_SHARING_DEFAULT, trackingDefault } from '../../config/privacy'
import * as flags from '../../config/privacy'

Page({
  data: {
    agreed: privacy.agreeOnOpen,
    personalized: PERSONALIZED_DEFAULT,
    sharing: flags.PROFILE_SHARING_DEFAULT,
    tracking: trackingDefault,
  },
})

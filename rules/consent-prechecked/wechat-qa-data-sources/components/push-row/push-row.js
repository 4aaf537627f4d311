import { storeBindingsBehavior } from 'mobx-miniprogram-bindings'
import { settings } from '../../store/settings'

Component({
  behaviors: [storeBindingsBehavior],
  data: { promoPush: true, adsOn: true },
  storeBindings: {
    store: settings,
    fields: { promoPush: () => settings.promoPush },
    actions: { setPromoPush: 'setPromoPush' },
  },
})

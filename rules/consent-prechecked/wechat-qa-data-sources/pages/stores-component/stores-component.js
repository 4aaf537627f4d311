import { storeBindingsBehavior } from 'mobx-miniprogram-bindings'
import { store } from '../../store/index'
import { settings } from '../../store/index'

// A Component-built page with two stores: storeBindings as an array.
Component({
  behaviors: [storeBindingsBehavior],
  data: { agreed: true, pushPromo: true },
  storeBindings: [
    { store, fields: ['agreed'] },
    { store: settings, fields: { pushPromo: 'pushPromo' } },
  ],
})

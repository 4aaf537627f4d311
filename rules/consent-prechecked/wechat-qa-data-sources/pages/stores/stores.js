import { createStoreBindings } from 'mobx-miniprogram-bindings'
import { store } from '../../store/index'

// The bound keys are listed once, shared with other pages.
const FIELDS = ['agreed', 'pushPromo']

Page({
  data: { agreed: true, pushPromo: true },
  onLoad() {
    this.storeBindings = createStoreBindings(this, { store, fields: FIELDS, actions: ['setAgreed'] })
  },
  onUnload() { this.storeBindings.destroyStoreBindings() },
})

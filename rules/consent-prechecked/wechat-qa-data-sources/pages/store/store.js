import { createStoreBindings } from 'mobx-miniprogram-bindings'
import { store } from '../../store/index'

Page({
  data: {
    // Overwritten by the store binding in onLoad, before the first render.
    personalized: true,
  },
  onLoad() {
    this.storeBindings = createStoreBindings(this, {
      store,
      fields: ['personalized', 'pushEnabled'],
      actions: ['setPersonalized'],
    })
  },
  onUnload() {
    this.storeBindings.destroyStoreBindings()
  },
})

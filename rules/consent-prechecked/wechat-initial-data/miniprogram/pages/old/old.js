var base = require('../../mixins/base')

// The ES5 way: Object.assign of the mixin and the page's own options.
Page(Object.assign({}, base, {
  data: {
    isAgree: true,
    subscribe: false,
  },
  bindAgreeChange: function (e) {
    this.setData({ isAgree: !!e.detail.value.length })
  },
}))

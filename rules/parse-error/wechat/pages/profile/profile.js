// A page whose JSON the runtime refuses (a comment, a trailing comma): the page does not compile, and the
// components it declares are unknown to darklint too. The JSON is reported, the template still linted.
Page({
  data: { nickname: '', subscribed: false },

  onSubscribe(event) {
    this.setData({ subscribed: event.detail })
  }
})

Page({
  data: {
    sound: true,
    promo: true,
    loggedIn: false
  }
})

Page({
  data: {
    bannerStyle: 'position: fixed; top: 0; left: 0; right: 0; bottom: 0; background-color: #111111'
  }
})

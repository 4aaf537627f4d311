Page({
  data: {
    mode: 'balance',
    useBalance: true,
    renew: true
  }
})

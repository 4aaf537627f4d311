Page({
  data: { region: 'cn' },
})

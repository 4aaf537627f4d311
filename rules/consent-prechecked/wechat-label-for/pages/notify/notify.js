Page({
  data: { marketing: true, rec: true, dark: true, showHint: false },
})

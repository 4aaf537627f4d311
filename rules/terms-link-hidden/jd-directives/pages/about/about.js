Page({
  data: { version: "3.2.0", showPolicy: false }
})

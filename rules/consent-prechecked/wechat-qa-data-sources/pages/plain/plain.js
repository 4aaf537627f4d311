const initialData = { marketing: true, remember: true }
const unrelated = { marketing: false }

Page({
  data: initialData,
})

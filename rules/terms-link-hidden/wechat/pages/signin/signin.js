// Agreement links driven by a settings list, as low-code login pages (WeDa) render them.
Page({
  data: {
    agreed: false,
    agreement: {
      items: [
        { title: '用户协议', url: '/pages/doc/doc?id=terms', enable: false },
        { title: '隐私政策', url: '/pages/doc/doc?id=privacy', enable: true },
      ],
    },
    // Filled from the server: the literal is a placeholder, its items and length are not known yet.
    notices: [],
    orders: [1, 2, 3],
  },
  onAgree() {
    this.setData({ agreed: !this.data.agreed })
  },
})

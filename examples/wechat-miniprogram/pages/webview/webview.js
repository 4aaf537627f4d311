// pages/webview/webview.js
const DOCS = {
  user: 'https://m.shiguang.example.com/legal/user-agreement.html',
  privacy: 'https://m.shiguang.example.com/legal/privacy-policy.html',
  member: 'https://m.shiguang.example.com/legal/member-service.html',
  renew: 'https://m.shiguang.example.com/legal/auto-renewal.html'
}

Page({
  data: {
    url: ''
  },

  onLoad(query) {
    this.setData({ url: DOCS[query.doc] || DOCS.user })
  }
})

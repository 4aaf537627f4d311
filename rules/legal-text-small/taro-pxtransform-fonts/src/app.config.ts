export default defineAppConfig({
  pages: [
    'pages/login/index',
  ],
  window: { navigationBarTitleText: '商城' }
})

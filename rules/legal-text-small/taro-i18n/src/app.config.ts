export default defineAppConfig({
  pages: ['pages/login/index', 'pages/booking/index'],
  window: { navigationBarTitleText: 'Travel' }
})

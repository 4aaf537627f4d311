export default defineAppConfig({
  pages: ['pages/login/index'],
  window: { navigationBarTitleText: 'Travel' }
})

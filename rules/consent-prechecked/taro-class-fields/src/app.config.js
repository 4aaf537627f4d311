export default {
  pages: ['pages/register/index', 'pages/subscribe/index'],
  window: { navigationBarTitleText: '会员注册' }
}

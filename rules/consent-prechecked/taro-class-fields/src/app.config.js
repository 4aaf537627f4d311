export default {
  pages: ['pages/register/index', 'pages/subscribe/index', 'pages/notify/index', 'pages/bind/index'],
  window: { navigationBarTitleText: '会员注册' }
}

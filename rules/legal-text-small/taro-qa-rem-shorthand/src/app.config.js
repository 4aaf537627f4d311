export default { pages: ['pages/login/index'] }

export default {
  pages: ['pages/register/index']
}

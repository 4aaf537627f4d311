const config = {
  projectName: 'news',
  designWidth: 375,
  sourceRoot: 'src',
  outputRoot: 'dist',
  framework: 'react',
}
module.exports = function (merge) {
  return merge({}, config, require('./prod'))
}

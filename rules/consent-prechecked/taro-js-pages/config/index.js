const config = {
  projectName: 'fresh-mart',
  designWidth: 750,
  sourceRoot: 'src',
  outputRoot: 'dist',
  framework: 'react'
}

module.exports = function (merge) {
  return merge({}, config)
}

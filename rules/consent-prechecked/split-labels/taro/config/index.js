const config = {
  projectName: 'split-labels',
  designWidth: 750,
  sourceRoot: 'src',
  outputRoot: 'dist',
  framework: 'react'
}

module.exports = function (merge) {
  return config
}

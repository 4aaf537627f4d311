const path = require('path')

const config = {
  projectName: 'youxuan-mall',
  date: '2024-5-20',
  designWidth: 750,
  sourceRoot: 'src',
  outputRoot: 'dist',
  alias: {
    '@': path.resolve(__dirname, '..', 'src')
  },
  framework: 'react',
  compiler: 'webpack5'
}

module.exports = function (merge) {
  return config
}

const config = {
  projectName: 'shiguang-mall',
  date: '2024-3-1',
  designWidth: 750,
  sourceRoot: 'src',
  outputRoot: 'dist',
  framework: 'react',
  compiler: 'webpack5'
}

module.exports = function (merge) {
  return config
}

const config = {
  projectName: 'shiguang-mall-taro',
  date: '2024-3-1',
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: 'dist',
  framework: 'react',
  compiler: 'webpack5'
}

module.exports = function (merge) {
  return config
}

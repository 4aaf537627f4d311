const config = {
  projectName: 'shiguang-lite',
  designWidth: 375,
  deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1 }
}

module.exports = function (merge) {
  return config
}

import { defineConfig } from '@tarojs/cli'

export default defineConfig({
  projectName: 'mall-mini',
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 828: 1.81 / 2, 375: 2 / 1 },
  sourceRoot: 'src',
  outputRoot: 'dist',
  framework: 'react',
  compiler: 'webpack5',
  mini: {
    postcss: {
      // Font sizes are written in CSS px; only layout sizes scale with the design width.
      pxtransform: { enable: true, config: { propList: ['*', '!font', '!font-size'] } },
      cssModules: { enable: false },
    },
  },
  h5: {
    publicPath: '/',
    postcss: { pxtransform: { enable: true } },
  },
})

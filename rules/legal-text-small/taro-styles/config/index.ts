import { defineConfig } from '@tarojs/cli'

export default defineConfig({
  projectName: 'shiguang-mall',
  designWidth: 750,
  sourceRoot: 'src',
  framework: 'react'
})

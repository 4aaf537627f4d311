// Taro build config: design width 750, so style-sheet px are half a device px.
module.exports = { projectName: 'terms-link-hidden', designWidth: 750, sourceRoot: 'src', outputRoot: 'dist', framework: 'react' }

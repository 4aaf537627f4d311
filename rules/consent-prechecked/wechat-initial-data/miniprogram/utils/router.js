// The project's wrapper of Page(): pages call createPage({...}) so every page gets the same share options.
const createPage = (options) => Page(Object.assign({ onShareAppMessage() { return { title: '拾光商城' } } }, options))

module.exports = createPage

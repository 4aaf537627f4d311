const shareMixin = {
  data: () => ({ allowShare: true, shareTitle: '一起来逛吧' }),
  onShareAppMessage() {
    return { title: this.shareTitle }
  }
}
export default shareMixin

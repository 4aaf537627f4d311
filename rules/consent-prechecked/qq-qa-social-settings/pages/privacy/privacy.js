Page({
  data: {
    verifyFriend: true,
    groupInvite: true,
    tempChat: true,
    showPhone: false,
    recommend: true,
  },
  onSwitch(e) {
    const { key } = e.currentTarget.dataset
    this.setData({ [key]: e.detail.value })
  },
});

import agree from '../../behaviors/agree'

const defaultState = {
  agreed: true,
  shareData: false,
}

Page({
  behaviors: [agree],
  data: {
    ...defaultState,
    shareData: true,
    step: 1,
  },
  onLoad() {
    const { agreed } = this.data
    this.setData({ step: agreed ? 2 : 1 })
  },
  onToggle() {
    const { agreed } = this.data
    this.setData({ agreed: !agreed })
  },
})

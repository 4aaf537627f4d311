import { BASE_AGREEMENTS } from '../../utils/agreements'

Page({
  data: {
    agreements: [
      { text: '我已阅读并同意《用户服务协议》', checked: false },
      { text: '同意接收营销短信和优惠活动推送', checked: true },
    ],
    more: [...BASE_AGREEMENTS, { text: '同意个性化推荐', checked: false }],
  },
  onLoad(query) {
    this.setData({ 'agreements[1].checked': false })
  },
})

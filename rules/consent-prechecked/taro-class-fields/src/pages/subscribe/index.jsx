import { Component } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtCheckbox } from 'taro-ui'

export default class Subscribe extends Component {
  constructor () {
    super(...arguments)
    this.state = { checkedList: ['news'] }
    this.checkboxOption = [{ value: 'news', label: '接收优惠活动短信与会员福利推送' }]
  }

  componentDidMount () {
    // The options come from the server once the page shows: which box the selected value ticks is not known.
    this.checkboxOption = [{ value: 'news', label: '接收优惠活动短信' }]
  }

  render () {
    return (
      <View className='subscribe'>
        {/* ok: consent-prechecked */}
        <AtCheckbox options={this.checkboxOption} selectedList={this.state.checkedList}
          onChange={(v) => this.setState({ checkedList: v })} />
      </View>
    )
  }
}

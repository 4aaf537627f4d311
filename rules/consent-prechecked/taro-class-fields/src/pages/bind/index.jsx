import Taro, { Component } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtCheckbox } from 'taro-ui'

export default class Bind extends Component {
  constructor () {
    super(...arguments)
    this.state = { checked: ['share'] }
    // Offered only to members who have linked a store card: for the others the list is empty.
    if (Taro.getStorageSync('storeCard')) {
      this.shareOption = [{ value: 'share', label: '同意将手机号共享给合作商户' }]
    }
  }

  render () {
    return (
      <View className='bind'>
        {/* ok: consent-prechecked */}
        <AtCheckbox options={this.shareOption} selectedList={this.state.checked}
          onChange={(checked) => this.setState({ checked })} />
      </View>
    )
  }
}

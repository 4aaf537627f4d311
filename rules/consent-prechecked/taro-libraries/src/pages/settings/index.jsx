// Vant for Taro (@antmjs/vantui): a checkbox's state is its `value`, as in Vant Weapp.
import { Component } from 'react'
import { View, Text } from '@tarojs/components'
import { Checkbox, Switch } from '@antmjs/vantui'

export default class Settings extends Component {
  state = { shareData: true, darkMode: true, newsletter: false }

  render() {
    return (
      <View className='settings'>
        {/* expect: consent-prechecked */}
        <Checkbox value={this.state.shareData}>与合作伙伴共享我的使用数据</Checkbox>
        <View className='cell'>
          <Text>深色模式</Text>
          {/* ok: consent-prechecked */}
          <Switch checked={this.state.darkMode} />
        </View>
        {/* ok: consent-prechecked */}
        <Checkbox value={this.state.newsletter}>订阅每周新闻邮件</Checkbox>
      </View>
    )
  }
}

import { Component } from 'react'
import { View, Text, Switch, Checkbox, Navigator } from '@tarojs/components'
import { AtSwitch } from 'taro-ui'

export default class Settings extends Component {
  state = {
    darkMode: true,
    marketingPush: true,
    dataSharing: false,
    orderNotice: true
  }

  render() {
    const { darkMode } = this.state
    return (
      <View className='settings'>
        <View className='cell'>
          <Text>深色模式</Text>
          {/* ok: consent-prechecked */}
          <Switch checked={darkMode} />
        </View>
        <View className='cell'>
          <Text>接收营销推广消息</Text>
          {/* expect: consent-prechecked */}
          <Switch checked={this.state.marketingPush} />
        </View>
        <View className='cell'>
          <Text>与合作伙伴共享我的数据</Text>
          {/* ok: consent-prechecked */}
          <Switch checked={this.state.dataSharing} />
        </View>
        {/* ok: consent-prechecked */}
        <AtSwitch title='订单发货提醒' checked={this.state.orderNotice} />
        {/* expect: consent-prechecked */}
        <AtSwitch title='个性化广告推荐' checked />
        {/* Words written right beside the toggle, with a link, read as its label. */}
        <View className='agreement'>
          {/* expect: consent-prechecked */}
          <Checkbox value='agree' checked={true} />我已阅读并同意<Navigator url='/pages/doc/index'>《用户协议》</Navigator>
        </View>
      </View>
    )
  }
}

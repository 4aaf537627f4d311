import { Component } from 'react'
import { View, Text, Switch } from '@tarojs/components'
import { AtSwitch } from 'taro-ui'

export default class Vip extends Component {
  state = {
    autoRenew: true,
    shareWithPartners: false,
    darkMode: true
  }

  render() {
    const { autoRenew } = this.state
    return (
      <View className='vip'>
        <View className='plan'>
          <Text>连续包月 ¥15/月</Text>
        </View>
        <View className='row'>
          <Text>开通连续包月，到期自动续费</Text>
          <Switch checked={autoRenew} />
        </View>
        <AtSwitch title='与合作伙伴共享我的会员数据' checked={this.state.shareWithPartners} />
        <AtSwitch title='深色模式' checked={this.state.darkMode} />
        <Text style={{ fontSize: '9px', color: '#bbb' }}>开通即表示同意《会员服务协议》及《自动续费服务规则》</Text>
      </View>
    )
  }
}

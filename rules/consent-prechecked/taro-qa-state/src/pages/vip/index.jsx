import { Component } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { AtSwitch, AtButton, AtCheckbox, AtModal, AtModalContent } from 'taro-ui'
import './index.scss'

export default class Vip extends Component {
  state = {
    autoRenew: true,
    selected: ['agree'],
    notify: true,
    showTerms: false,
    loading: false,
  }

  componentDidMount() {
    Taro.setNavigationBarTitle({ title: '开通会员' })
  }

  handleChange = (value) => {
    this.setState({ autoRenew: value })
  }

  goTerms = () => {
    Taro.navigateTo({ url: '/pages/agreement/index?type=vip' })
  }

  render() {
    const { autoRenew, selected, notify, showTerms } = this.state
    const options = [{ value: 'agree', label: '我已阅读并同意《会员服务协议》' }]
    return (
      <View className='vip'>
        {/* expect: consent-prechecked */}
        <AtSwitch title='自动续费' checked={autoRenew} onChange={this.handleChange} />
        {/* ok: consent-prechecked */}
        <AtSwitch title='到期提醒' checked={notify} />
        {/* expect: consent-prechecked */}
        <AtCheckbox options={options} selectedList={selected} onChange={(v) => this.setState({ selected: v })} />
        {showTerms && (
          // expect: terms-link-hidden
          <Text className='vip__terms' onClick={this.goTerms}>查看《自动续费服务规则》</Text>
        )}
        {/* expect: legal-text-small */}
        <Text className='vip__tip'>开通即视为同意自动续费，可随时在设置中取消</Text>
        <AtButton type='primary' loading={this.state.loading}>立即开通</AtButton>
      </View>
    )
  }
}

import { Component } from 'react'
import { View, Text, Checkbox } from '@tarojs/components'

// Taro 2 style: a class component; the page's state decides the box through `this.props`.
export default class LegacyAgreement extends Component {
  static defaultProps = {
    agreed: true
  }

  render() {
    const { agreed, onToggle } = this.props
    return (
      <View className='legacy-agreement' onClick={onToggle}>
        {/* ok: consent-prechecked */}
        <Checkbox value='agree' checked={agreed} disabled={this.props.locked} />
        <Text>注册即表示同意《用户注册协议》</Text>
      </View>
    )
  }
}

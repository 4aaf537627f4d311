import { Component } from 'react'
import { View, Button } from '@tarojs/components'
import LegacyAgreement from '../../components/LegacyAgreement'

export default class LegacyRegister extends Component {
  state = {
    agreed: false
  }

  toggle = () => this.setState({ agreed: !this.state.agreed })

  render() {
    return (
      <View className='register'>
        {/* ok: consent-prechecked */}
        <LegacyAgreement agreed={this.state.agreed} onToggle={this.toggle} />
        {/* expect: consent-prechecked */}
        <LegacyAgreement onToggle={this.toggle} />
        {/* ok: consent-prechecked */}
        <LegacyAgreement locked onToggle={this.toggle} />
        <Button onClick={this.toggle}>注册</Button>
      </View>
    )
  }
}

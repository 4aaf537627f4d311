import { Component, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input, Button } from '@tarojs/components'

// Render helpers are built where they are called: under the call's guard and its parent's styles.
export default function PasswordLogin() {
  const [showFooter, setShowFooter] = useState(false)

  const renderFooter = () => (
    <View className='footer'>
      {/* expect: terms-link-hidden */}
      <Text className='footer__link' onClick={() => Taro.navigateTo({ url: '/pages/doc/index?id=user' })}>《用户协议》</Text>
    </View>
  )

  const renderHelp = (withPolicy: boolean) => {
    if (!withPolicy) return null
    return (
      // ok: terms-link-hidden
      <Text className='help__link' onClick={() => Taro.navigateTo({ url: '/pages/doc/index?id=privacy' })}>《隐私政策》</Text>
    )
  }

  return (
    <View className='login'>
      <Input className='login__input' placeholder='手机号/邮箱' />
      <Button className='login__btn'>登录</Button>
      <Text className='login__more' onClick={() => setShowFooter(true)}>更多</Text>
      {showFooter && renderFooter()}
      {renderHelp(true)}
    </View>
  )
}

export class Register extends Component {
  state = { collapsed: true }

  renderTerms() {
    return (
      // expect: terms-link-hidden
      <Text className='terms__link'>《会员服务协议》</Text>
    )
  }

  render() {
    const { collapsed } = this.state
    return (
      <View className='register'>
        <View style={{ display: collapsed ? 'none' : 'flex' }}>{this.renderTerms()}</View>
        <Text onClick={() => this.setState({ collapsed: false })}>查看协议</Text>
      </View>
    )
  }
}

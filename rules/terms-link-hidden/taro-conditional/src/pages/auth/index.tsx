import { useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import Taro from '@tarojs/taro'

// WeChat's on-demand privacy authorisation: the popup opens when the platform asks, with its own consent button.
export default function Auth() {
  const [showPrivacyAuth, setShowPrivacyAuth] = useState(false)
  const [showRules, setShowRules] = useState(false)

  const login = () => {
    Taro.getPrivacySetting({ success: (res) => setShowPrivacyAuth(res.needAuthorization) })
  }

  return (
    <View className='auth'>
      <Button className='primary' onClick={login}>微信登录</Button>
      {showPrivacyAuth && (
        <View className='privacy-modal'>
          {/* ok: terms-link-hidden */}
          <Text>需要您同意《用户隐私保护指引》后，才能获取头像昵称等信息。</Text>
          <Button onClick={() => Taro.openPrivacyContract({})}>查看隐私指引</Button>
          <Button openType='agreePrivacyAuthorization' onAgreePrivacyAuthorization={() => setShowPrivacyAuth(false)}>
            同意并继续
          </Button>
        </View>
      )}
      {/* A first-launch agreement whose consent button is drawn: shown when consent is asked. */}
      {showPrivacyAuth && (
        <View className='agreement-dialog'>
          {/* ok: terms-link-hidden */}
          <Text onClick={() => Taro.navigateTo({ url: '/pages/legal/index?doc=user' })}>《用户服务协议》</Text>
          <View className='agreement-dialog__ok' onClick={() => setShowPrivacyAuth(false)}>同意并继续</View>
        </View>
      )}
      {/* A collapsed section with a coupon button in it is no consent dialog: its document is hidden. */}
      {showRules && (
        <View className='coupon'>
          {/* expect: terms-link-hidden */}
          <Text onClick={() => Taro.navigateTo({ url: '/pages/legal/index?doc=coupon' })}>《优惠券使用规则》</Text>
          <Button onClick={() => setShowRules(false)}>接受优惠券</Button>
        </View>
      )}
      {/* A collapsed section with no consent control in it: its document is hidden. */}
      <Text onClick={() => setShowRules(!showRules)}>更多说明</Text>
      {showRules && (
        <View className='rules'>
          {/* expect: terms-link-hidden */}
          <Text onClick={() => Taro.navigateTo({ url: '/pages/legal/index?doc=points' })}>《积分使用规则》</Text>
        </View>
      )}
    </View>
  )
}

import { useState } from 'react'
import { View, Text, Input, Button } from '@tarojs/components'
import Taro from '@tarojs/taro'

const openDoc = (doc: string) => Taro.navigateTo({ url: `/pages/legal/index?doc=${doc}` })

// One agreement line in two variants: whichever a use does not render links the same documents as the one it does.
function AgreementTip({ compact = false }) {
  if (compact) {
    return (
      <Text className='tip tip--compact'>
        登录即代表同意
        <Text className='tip__link' onClick={() => openDoc('user')}>《用户协议》</Text>
        <Text className='tip__link' onClick={() => openDoc('privacy')}>《隐私政策》</Text>
      </Text>
    )
  }
  return (
    <View className='tip'>
      <Text>我已阅读并同意</Text>
      <Text className='tip__link' onClick={() => openDoc('user')}>《用户协议》</Text>
      <Text>和</Text>
      <Text className='tip__link' onClick={() => openDoc('privacy')}>《隐私政策》</Text>
    </View>
  )
}

export default function Login() {
  const [tab, setTab] = useState<'sms' | 'password'>('sms')
  const [phone, setPhone] = useState('')

  return (
    <View className='login'>
      <View className='tabs'>
        <Text onClick={() => setTab('sms')}>验证码登录</Text>
        <Text onClick={() => setTab('password')}>密码登录</Text>
      </View>
      <Input placeholder='请输入手机号' value={phone} onInput={(e) => setPhone(e.detail.value)} />
      {tab === 'sms' ? (
        <View className='form'>
          <Input placeholder='请输入验证码' />
          {/* ok: terms-link-hidden */}
          <AgreementTip compact />
        </View>
      ) : (
        <View className='form'>
          <Input password placeholder='请输入密码' />
          {/* ok: terms-link-hidden */}
          <AgreementTip />
        </View>
      )}
      <Button className='submit'>登录</Button>
      {/* A document only the hidden tab would link: hidden. */}
      {tab === 'password' && (
        // expect: terms-link-hidden
        <Text className='tip__link' onClick={() => openDoc('account')}>《账号注销须知》</Text>
      )}
    </View>
  )
}

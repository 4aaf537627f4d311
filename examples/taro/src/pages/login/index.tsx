import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input, Button, Checkbox, Label, Navigator } from '@tarojs/components'
import './index.scss'

export default function Login() {
  const [mobile, setMobile] = useState('')
  const [agreed, setAgreed] = useState(true)
  const [keepSignedIn, setKeepSignedIn] = useState(true)
  const [showChildrenRules] = useState(false)

  const login = () => {
    if (!agreed) {
      Taro.showToast({ title: '请先同意协议', icon: 'none' })
    }
  }

  return (
    <View className='login'>
      <Input type='number' placeholder='请输入手机号' value={mobile} onInput={(e) => setMobile(e.detail.value)} />
      <Label className='login-row'>
        <Checkbox value='agree' checked={agreed} onClick={() => setAgreed(!agreed)} />
        <Text className='legal-tip'>我已阅读并同意</Text>
        <Navigator className='legal-tip' url='/pages/agreement/user'>《用户协议》</Navigator>
      </Label>
      <Label className='login-row'>
        <Checkbox value='keep' checked={keepSignedIn} onClick={() => setKeepSignedIn(!keepSignedIn)} />
        <Text>Keep me signed in</Text>
      </Label>
      <Button type='primary' onClick={login}>登录</Button>
      {showChildrenRules && <Navigator url='/pages/agreement/children'>《儿童个人信息保护规则》</Navigator>}
      <Text className='login-footnote'>未注册的手机号验证后将自动创建账号，详见《隐私政策》</Text>
    </View>
  )
}

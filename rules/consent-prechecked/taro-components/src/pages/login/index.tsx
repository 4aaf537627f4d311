import { useState } from 'react'
import { View, Input, Button } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Agreement from '../../components/Agreement'
import './index.scss'

export default function Login() {
  const [phone, setPhone] = useState('')
  const [code, setCode] = useState('')
  const [agreed, setAgreed] = useState(true)
  const [remember, setRemember] = useState(false)

  const submit = () => {
    if (!agreed) {
      Taro.showToast({ title: '请先阅读并同意协议', icon: 'none' })
      return
    }
    Taro.login()
  }

  return (
    <View className='login'>
      <Input className='login__input' type='number' placeholder='请输入手机号' value={phone}
        onInput={(e) => setPhone(e.detail.value)} />
      <Input className='login__input' type='number' placeholder='请输入验证码' value={code}
        onInput={(e) => setCode(e.detail.value)} />
      <Button className='login__submit' onClick={submit}>登录 / 注册</Button>
      {/* expect: consent-prechecked */}
      <Agreement checked={agreed} onChange={setAgreed} />
      {/* ok: consent-prechecked */}
      <Agreement checked={remember} onChange={setRemember} />
    </View>
  )
}

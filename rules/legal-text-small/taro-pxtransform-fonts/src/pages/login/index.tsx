import { useState } from 'react'
import { View, Text, Button, Checkbox } from '@tarojs/components'
import Taro from '@tarojs/taro'
import './index.scss'

export default function Login() {
  const [agreed, setAgreed] = useState(false)
  const login = () => {
    if (!agreed) {
      Taro.showToast({ title: '请先阅读并同意协议', icon: 'none' })
      return
    }
    Taro.login()
  }
  return (
    <View className="login">
      <Button type="primary" onClick={login}>微信一键登录</Button>
      {/* ok: legal-text-small */}
      <View className="agreement" onClick={() => setAgreed(!agreed)}>
        <Checkbox value="agree" checked={agreed} />
        <Text>我已阅读并同意《用户服务协议》和《隐私政策》</Text>
      </View>
      {/* expect: legal-text-small */}
      <Text className="footnote">登录即表示同意《会员自动续费协议》</Text>
    </View>
  )
}

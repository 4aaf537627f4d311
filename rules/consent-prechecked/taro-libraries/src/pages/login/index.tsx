// Taroify (@taroify/core): a consent checkbox ticked through defaultChecked, its label its children.
import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Checkbox, Switch } from '@taroify/core'

export default function Login() {
  const [remember, setRemember] = useState(true)
  const [marketing] = useState(false)
  return (
    <View className='login'>
      {/* expect: consent-prechecked */}
      <Checkbox defaultChecked>我已阅读并同意《用户协议》和《隐私政策》</Checkbox>
      {/* ok: consent-prechecked */}
      <Checkbox checked={remember} onChange={setRemember}>记住登录状态</Checkbox>
      <View className='row'>
        接收优惠活动短信
        {/* ok: consent-prechecked */}
        <Switch checked={marketing} />
      </View>
      {/* A bare & in JSX text is text (the grammar reads it as a broken reference): no parse error. */}
      <View className='links'>《用户协议》 & 《隐私政策》</View>
      <Button color='primary'>登录</Button>
    </View>
  )
}

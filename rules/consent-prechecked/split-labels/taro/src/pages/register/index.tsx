import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Checkbox, Button, Switch } from '@tarojs/components'

// The consent sentence is split over sibling Texts; the first piece names no document.
export default function Register() {
  const [checked, setChecked] = useState(true)
  const [keepLogin] = useState(true)
  const [autoRenew] = useState(true)
  const [orderMsg] = useState(true)
  const [promo] = useState(true)

  const openDoc = (doc: string) => Taro.navigateTo({ url: `/pages/legal/index?doc=${doc}` })

  return (
    <View className='register'>
      <View className='agreement' onClick={() => setChecked(!checked)}>
        {/* expect: consent-prechecked */}
        <Checkbox value='agree' checked={checked} />
        <Text>注册即代表您已阅读</Text>
        <Text className='link' onClick={() => openDoc('user')}>《用户服务协议》</Text>
        <Text>和</Text>
        <Text className='link' onClick={() => openDoc('privacy')}>《隐私政策》</Text>
      </View>
      <View className='options'>
        {/* ok: consent-prechecked */}
        <Checkbox value='keep' checked={keepLogin} />
        <Text>保持登录状态</Text>
        <View className='spacer' />
        <Text className='link' onClick={() => openDoc('user')}>《用户协议》</Text>
      </View>
      <View className='renew-row'>
        {/* expect: consent-prechecked */}
        <Checkbox value='renew' checked={autoRenew} />
        <Text className='renew-row__label'>开通自动续费</Text>
        <Text className='renew-row__hint'>扣费前提醒，可随时取消</Text>
      </View>
      <View className='options'>
        {/* A whole phrase is not continued by the link pushed to the row's right edge. */}
        {/* ok: consent-prechecked */}
        <Checkbox value='auto-login' checked={keepLogin} />
        <Text>7天内自动登录</Text>
        <Text className='link link--right' onClick={() => openDoc('privacy')}>《隐私政策》</Text>
      </View>
      <View className='msg-row'>
        {/* A subscription that only narrows what it sends is still a marketing opt-in. */}
        {/* expect: consent-prechecked */}
        <Checkbox value='promo' checked={promo} />
        <Text>订阅会员优惠资讯（不含第三方广告）</Text>
      </View>
      <View className='msg-row'>
        <Text className='msg-row__title'>订单服务通知</Text>
        <Text className='msg-row__hint'>不含营销短信，仅发送物流和售后进度</Text>
        {/* ok: consent-prechecked */}
        <Switch checked={orderMsg} />
      </View>
      <Button type='primary'>注册</Button>
    </View>
  )
}

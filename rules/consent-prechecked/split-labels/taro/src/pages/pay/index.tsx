import { useState } from 'react'
import { View, Text, Switch, Checkbox } from '@tarojs/components'

// One row for two payment options: the text the user reads beside the switch is the branch that renders.
function PayOption({ type, checked }: { type: 'balance' | 'renew'; checked: boolean }) {
  return (
    <View className='pay-option'>
      {type === 'balance' ? <Text>使用账户余额抵扣</Text> : <Text>开通自动续费，到期按月扣款</Text>}
      {/* ok: consent-prechecked */}
      <Switch checked={checked} />
    </View>
  )
}

export default function Pay() {
  const [useBalance] = useState(true)
  const [renew] = useState(true)
  const [gift] = useState(false)

  return (
    <View className='pay'>
      {/* ok: consent-prechecked */}
      <PayOption type='balance' checked={useBalance} />
      {/* expect: consent-prechecked */}
      <PayOption type='renew' checked={renew} />
      {/* Box and sentence rendered by the same condition: hidden alike, read alike. */}
      <View className='row'>
        {/* expect: consent-prechecked */}
        {gift && <Checkbox value='gift-terms' checked={renew} />}
        {gift && <Text>我已阅读并同意《礼品卡使用协议》</Text>}
      </View>
      {/* Texts switched by the `hidden` prop: the one shown labels the switch. */}
      <View className='row'>
        <Text>同意向合作方共享我的消费记录</Text>
        <Text hidden={renew}>记住支付方式</Text>
        {/* expect: consent-prechecked */}
        <Switch checked={useBalance} />
      </View>
      {/* A row hidden at first: the text its own condition renders still labels the box. */}
      {gift && (
        <View className='gift'>
          {/* expect: consent-prechecked */}
          <Checkbox value='gift' checked />
          {renew ? <Text>赠送好友会员，同意《会员服务协议》</Text> : <Text>赠送好友</Text>}
        </View>
      )}
    </View>
  )
}

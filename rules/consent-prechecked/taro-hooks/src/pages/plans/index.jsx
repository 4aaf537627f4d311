import { useState } from 'react'
import { View, Text, Checkbox, Label } from '@tarojs/components'

// The recommended plan is the list's first, and the renewal box starts ticked when it auto-renews: both known
// from module constants.
const PLANS = [
  { id: 'auto_month', title: '连续包月', price: 15 },
  { id: 'month', title: '单月', price: 25 }
]
const RECOMMENDED = PLANS[0].id
const AUTO = RECOMMENDED === 'auto_month'

export default function Purchase() {
  const [agreeRenew, setAgreeRenew] = useState(AUTO)
  const [agreeGift] = useState(PLANS[1].id === 'auto_month')

  return (
    <View className='purchase'>
      <Label className='row'>
        {/* expect: consent-prechecked */}
        <Checkbox value='renew' checked={agreeRenew} onClick={() => setAgreeRenew(!agreeRenew)} />
        <Text>同意《自动续费服务协议》</Text>
      </Label>
      <Label className='row'>
        {/* ok: consent-prechecked */}
        <Checkbox value='gift' checked={agreeGift} />
        <Text>同意《连续包月赠送规则》</Text>
      </Label>
    </View>
  )
}

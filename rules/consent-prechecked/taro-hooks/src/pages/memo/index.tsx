import { useMemo, useState } from 'react'
import { View, Text, Checkbox, Label, Button } from '@tarojs/components'

const PLANS = [
  { id: 'auto_month', name: '连续包月', price: 15, autoRenew: true },
  { id: 'month', name: '单月', price: 25, autoRenew: false }
]

// The renewal box follows the selected plan through useMemo: the first plan auto-renews, so it starts ticked.
export default function Vip() {
  const [planId, setPlanId] = useState(PLANS[0].id)
  const plan = PLANS.find((p) => p.id === planId)!
  const renewChecked = useMemo(() => planId === 'auto_month', [planId])
  const giftChecked = useMemo(() => planId === 'month', [planId])

  return (
    <View className='vip'>
      {PLANS.map((p) => (
        <View key={p.id} className={p.id === planId ? 'plan plan--active' : 'plan'} onClick={() => setPlanId(p.id)}>
          <Text>{p.name}</Text>
          <Text>¥{p.price}</Text>
        </View>
      ))}
      <Label className='row'>
        {/* expect: consent-prechecked */}
        <Checkbox value='renew' checked={renewChecked} />
        <Text>到期自动续费，同意《自动续费服务协议》</Text>
      </Label>
      <Label className='row'>
        {/* ok: consent-prechecked */}
        <Checkbox value='gift' checked={giftChecked} />
        <Text>同意接收会员专享优惠短信</Text>
      </Label>
      <Button type='primary'>立即开通 ¥{plan.price}</Button>
    </View>
  )
}

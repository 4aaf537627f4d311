import { useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import AutoRenewBar from '@/components/AutoRenewBar'
import MemberOptIn from '../../components/MemberOptIn'

export default function Vip() {
  const [renew, setRenew] = useState(true)

  return (
    <View className='vip'>
      <Text className='vip__price'>¥15/月</Text>
      {/* expect: consent-prechecked */}
      <AutoRenewBar onChange={setRenew} />
      <Text className='vip__price'>¥45/季</Text>
      {/* ok: consent-prechecked */}
      <AutoRenewBar defaultChecked={false} onChange={setRenew} />
      {/* expect: consent-prechecked */}
      <MemberOptIn />
      {/* ok: consent-prechecked */}
      <MemberOptIn checked={false} />
      <Button onClick={() => console.log(renew)}>立即开通</Button>
    </View>
  )
}

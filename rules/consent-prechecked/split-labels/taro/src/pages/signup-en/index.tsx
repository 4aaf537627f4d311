import { useState } from 'react'
import { View, Text, Switch } from '@tarojs/components'

// Settings rows of an English app: a title with a grey hint stacked under it, then the switch. The column reads
// as two lines, not one glued word ("updatesNo").
export default function Notifications() {
  const [orders] = useState(true)
  const [offers] = useState(true)

  return (
    <View className='settings'>
      <View className='row'>
        <View className='row__text'>
          <Text>Order updates</Text>
          <Text className='row__hint'>No marketing, only shipping and refund updates</Text>
        </View>
        {/* ok: consent-prechecked */}
        <Switch checked={orders} />
      </View>
      <View className='row'>
        <View className='row__text'>
          <Text>Email me special offers</Text>
          <Text className='row__hint'>Unsubscribe anytime</Text>
        </View>
        {/* expect: consent-prechecked */}
        <Switch checked={offers} />
      </View>
    </View>
  )
}

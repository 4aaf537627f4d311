import { useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import Taro from '@tarojs/taro'
import TicketTerms from '../../components/TicketTerms'

export default function Ticket() {
  const [realName, setRealName] = useState(false)
  const open = (doc: string) => Taro.navigateTo({ url: `/pages/legal/index?doc=${doc}` })

  return (
    <View className='ticket'>
      <Button className='primary' onClick={() => setRealName(true)}>立即购票</Button>
      <TicketTerms />
      {/* The real-name step shown after 立即购票 repeats the ticket agreement (linked by the component above). */}
      {realName && (
        <View className='realname'>
          <Text>实名购票需同意</Text>
          {/* ok: terms-link-hidden */}
          <Text className='link' onClick={() => open('ticket')}>《购票服务协议》</Text>
          {/* expect: terms-link-hidden */}
          <Text className='link' onClick={() => open('realname')}>《实名制购票须知》</Text>
        </View>
      )}
    </View>
  )
}

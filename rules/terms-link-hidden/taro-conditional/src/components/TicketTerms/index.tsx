import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'

const open = (doc: string) => Taro.navigateTo({ url: `/pages/legal/index?doc=${doc}` })

// The ticket page's agreement line, shared by every checkout.
export default function TicketTerms() {
  return (
    <View className='ticket-terms'>
      <Text>购票即同意</Text>
      {/* ok: terms-link-hidden */}
      <Text className='link' onClick={() => open('ticket')}>《购票服务协议》</Text>
      {/* ok: terms-link-hidden */}
      <Text className='link' onClick={() => open('privacy')}>《隐私政策》</Text>
    </View>
  )
}

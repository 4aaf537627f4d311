import { View, Navigator, Text } from '@tarojs/components'

// The cashier's links component where the use shows every link (pages/cashier has the uses that hide some).
function PolicyLinks({ collapsed, scene }: { collapsed?: boolean; scene: string }) {
  if (collapsed) {
    return <Text>查看协议</Text>
  }
  return (
    <View className='policy-links'>
      <Navigator url='/pages/legal/index?doc=user'>《用户协议》</Navigator>
      <Navigator url='/pages/legal/index?doc=privacy'>《隐私政策》</Navigator>
      {scene === 'pay' && <Navigator url='/pages/legal/index?doc=pay'>《支付服务协议》</Navigator>}
    </View>
  )
}

export default function Pay() {
  return (
    <View className='pay'>
      {/* ok: terms-link-hidden */}
      <PolicyLinks scene='pay' />
    </View>
  )
}

import { View, Navigator, Text } from '@tarojs/components'

// A component used twice with different props: what is hidden depends on the use, so it is reported at the use
// (the element inside the component in the evidence).
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

function LegalEntry(props: { text: string; url: string; show: boolean }) {
  const { text, url, show } = props
  return (
    <Navigator url={url} style={{ display: show ? 'flex' : 'none' }}>
      {text}
    </Navigator>
  )
}

export default function Cashier() {
  return (
    <View className='cashier'>
      {/* expect: terms-link-hidden */}
      <PolicyLinks scene='cashier' />
      {/* expect: terms-link-hidden */}
      <PolicyLinks collapsed scene='pay' />
      {/* expect: terms-link-hidden */}
      <LegalEntry text='《第三方SDK目录》' url='/pages/legal/index?doc=sdk' show={false} />
      {/* ok: terms-link-hidden */}
      <LegalEntry text='《个人信息收集清单》' url='/pages/legal/index?doc=collected' show />
    </View>
  )
}

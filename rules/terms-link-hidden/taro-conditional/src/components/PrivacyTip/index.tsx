import { useState } from 'react'
import { View, Navigator, Text } from '@tarojs/components'

// Returns early on a prop (unknown here) and on state that is false at first: the links stay.
export default function PrivacyTip({ visible }: { visible: boolean }) {
  const [dismissed, setDismissed] = useState(false)
  const [collapsed] = useState(true)

  if (!visible) return null
  if (dismissed) return <Text>已关闭</Text>

  // A helper's parameter is its own, not the component's state of the same name.
  const renderLegal = (collapsed: boolean) => {
    if (collapsed) return null
    return (
      <View className='privacy-tip__legal'>
        {/* ok: terms-link-hidden */}
        <Navigator url='/pages/legal/index?doc=purchase'>《用户购买协议》</Navigator>
      </View>
    )
  }

  return (
    <View className='privacy-tip'>
      {collapsed ? <Text>展开</Text> : null}
      {renderLegal(false)}
      <Text>使用前请阅读</Text>
      {/* ok: terms-link-hidden */}
      <Navigator url='/pages/legal/index?doc=privacy'>《隐私政策》</Navigator>
      <Text onClick={() => setDismissed(true)}>我知道了</Text>
      {/* ok: terms-link-hidden */}
      {dismissed ? <Text>已关闭</Text> : <Navigator url='/pages/legal/index?doc=user'>《用户协议》</Navigator>}
    </View>
  )
}

import { useState } from 'react'
import { View, Navigator, Text } from '@tarojs/components'

// Collapsed until tapped: the early return renders only 展开 at first, so neither document link is on screen.
export default function LegalFooter() {
  const [collapsed, setCollapsed] = useState(true)

  if (collapsed) {
    return (
      <View className='legal-footer' onClick={() => setCollapsed(false)}>
        <Text>展开</Text>
      </View>
    )
  }

  return (
    <View className='legal-footer'>
      {/* expect: terms-link-hidden */}
      <Navigator url='/pages/legal/index?doc=user'>《用户协议》</Navigator>
      {/* expect: terms-link-hidden */}
      <Navigator url='/pages/legal/index?doc=privacy'>《隐私政策》</Navigator>
    </View>
  )
}

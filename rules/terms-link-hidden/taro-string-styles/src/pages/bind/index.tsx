// Account binding: a template-literal `style` whose substitution is state known at first render.
import { useState } from 'react'
import { View, Text, Navigator } from '@tarojs/components'

export default function Bind({ theme }: { theme: string }) {
  const [open, setOpen] = useState(false)

  return (
    <View className='bind'>
      <View style={`display: ${open ? 'flex' : 'none'}`}>
        {/* expect: terms-link-hidden */}
        <Navigator url='/pages/legal/index?doc=bind'>《账号绑定协议》</Navigator>
      </View>
      <View style={`display: ${theme === 'compact' ? 'none' : 'block'}`}>
        {/* ok: terms-link-hidden */}
        <Navigator url='/pages/legal/index?doc=privacy'>《隐私政策》</Navigator>
      </View>
      <Text onClick={() => setOpen(true)}>查看协议</Text>
    </View>
  )
}

import { useState } from 'react'
import { View, Text, Checkbox, Navigator } from '@tarojs/components'

interface Props {
  defaultChecked?: boolean
  onChange?: (checked: boolean) => void
}

// Uncontrolled: the box keeps its own state, started from a prop whose default ticks it.
export default function AutoRenewBar({ defaultChecked = true, onChange }: Props) {
  const [checked, setChecked] = useState(defaultChecked)

  const toggle = () => {
    setChecked(!checked)
    onChange?.(!checked)
  }

  return (
    <View className='renew-bar' onClick={toggle}>
      {/* ok: consent-prechecked */}
      <Checkbox value='renew' checked={checked} />
      <Text>开通连续包月，到期自动续费，可随时取消</Text>
      <Navigator url='/pages/legal/index?doc=renew'>《自动续费服务规则》</Navigator>
    </View>
  )
}

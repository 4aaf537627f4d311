import { useState } from 'react'
import clsx from 'clsx'
import { View, Text, Navigator } from '@tarojs/components'
import './index.scss'

// clsx and classnames take arrays too: the items count as arguments.
export default function Refund() {
  const [expanded, setExpanded] = useState(false)
  return (
    <View className='refund'>
      <Text onClick={() => setExpanded(!expanded)}>退款说明</Text>
      {/* expect: terms-link-hidden */}
      <Navigator url='/pages/doc/refund' className={clsx(['doc-link', !expanded && 'is-hidden'])}>《退款协议》</Navigator>
      {/* ok: terms-link-hidden */}
      <Navigator url='/pages/doc/privacy' className={clsx(['doc-link', expanded && 'is-hidden'])}>《隐私政策》</Navigator>
    </View>
  )
}

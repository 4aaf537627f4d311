import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Navigator, Text } from '@tarojs/components'

// `if … return` with an `else`, and an `else if` chain whose branches all return: what follows runs only when
// every condition is false.
export function AgreementBanner() {
  const [closed, setClosed] = useState(true)

  if (closed) {
    return null
  } else {
    Taro.reportAnalytics('agreement_banner_show', {})
  }

  return (
    <View className='banner'>
      {/* expect: terms-link-hidden */}
      <Navigator url='/pages/legal/index?doc=privacy'>《隐私政策》</Navigator>
      <Text onClick={() => setClosed(true)}>关闭</Text>
    </View>
  )
}

export function RenewSteps() {
  const [step] = useState('intro')

  if (step === 'plans') {
    return <Text>选择套餐</Text>
  } else if (step === 'paying') {
    return <Text>支付中</Text>
  }

  return (
    <View className='steps'>
      {/* ok: terms-link-hidden */}
      <Navigator url='/pages/legal/index?doc=renew'>《自动续费服务规则》</Navigator>
    </View>
  )
}

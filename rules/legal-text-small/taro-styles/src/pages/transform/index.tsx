import { CSSProperties } from 'react'
import { pxTransform } from '@tarojs/taro'
import { View, Text, Navigator } from '@tarojs/components'

// Style objects as pages write them: a bare number (px), pxTransform imported by name, rpx strings, and a shared
// constant object.
const tipStyle: CSSProperties = { fontSize: '20rpx', color: '#999', lineHeight: 1.5 }
const bigTip: CSSProperties = { ...tipStyle, fontSize: '28rpx' }

export default function Renew() {
  return (
    <View className='renew'>
      {/* expect: legal-text-small */}
      <Text style={{ fontSize: 10, color: '#999' }}>开通即同意《自动续费服务协议》</Text>
      {/* expect: legal-text-small */}
      <Text style={{ fontSize: pxTransform(20) }}>到期前24小时自动扣费，详见《会员服务协议》</Text>
      {/* expect: legal-text-small */}
      <Text style={tipStyle}>取消自动续费请前往设置，详见《连续包月服务规则》</Text>
      {/* ok: legal-text-small */}
      <Text style={bigTip}>我已阅读并同意《会员服务协议》</Text>
      {/* ok: legal-text-small */}
      <Navigator url='/pages/agreement/index?type=renew' style={{ fontSize: 12 }}>《自动续费服务协议》</Navigator>
    </View>
  )
}

import { View, Text } from '@tarojs/components'
import './index.scss'

// The H5 build renders in a browser that floors font sizes at 12px: the small print is shrunk with a transform.
export default function Renew() {
  return (
    <View className='renew'>
      {/* expect: legal-text-small */}
      <Text className='renew-terms'>开通即同意《自动续费服务协议》</Text>
      {/* expect: legal-text-small */}
      <View style={{ fontSize: '12px', transform: 'scale(0.75)' }}>Auto-renews monthly; see the Terms of Service</View>
      {/* an inline Text is not transformed: 12px */}
      {/* ok: legal-text-small */}
      <Text className='renew-inline'>开通即同意《自动续费服务协议》</Text>
      {/* ok: legal-text-small */}
      <Text style={{ fontSize: '12px', transform: 'translateX(-50%)' }}>See the Terms of Service</Text>
      {/* ok: legal-text-small */}
      <Text className='renew-badge'>《隐私政策》</Text>
    </View>
  )
}

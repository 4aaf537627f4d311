import { View, Text } from '@tarojs/components'
import './index.scss'

// A component with a compact variant, used in both forms: the compact text is 10px whichever use shows it, so it is
// reported once, at the component (not again at the use that renders it).
function AgreementTip({ compact = false }: { compact?: boolean }) {
  if (compact) {
    return (
      // expect: legal-text-small
      <Text className='tip tip--compact'>登录即代表同意《用户协议》《隐私政策》</Text>
    )
  }
  return <Text className='tip'>登录即代表同意《用户协议》《隐私政策》</Text>
}

export default function Agree() {
  return (
    <View className='agree'>
      {/* ok: legal-text-small */}
      <AgreementTip compact />
      {/* ok: legal-text-small */}
      <AgreementTip />
    </View>
  )
}

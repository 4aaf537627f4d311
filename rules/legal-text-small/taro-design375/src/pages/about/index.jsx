import { View, Text } from '@tarojs/components'
import './index.scss'

export default function About() {
  return (
    <View>
      {/* expect: legal-text-small */}
      <Text className='terms'>使用即代表同意《用户协议》</Text>
      {/* ok: legal-text-small */}
      <Text className='policy'>查看《隐私政策》</Text>
    </View>
  )
}

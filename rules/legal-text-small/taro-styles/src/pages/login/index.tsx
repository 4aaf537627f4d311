import { View, Text, Navigator } from '@tarojs/components'
import styles from './index.module.scss'

export default function Login() {
  return (
    <View className='login'>
      {/* expect: legal-text-small */}
      <Text className='legal'>登录即代表同意《用户协议》</Text>
      {/* expect: legal-text-small */}
      <Text className={styles.footnote}>注册即表示同意《隐私政策》</Text>
      {/* ok: legal-text-small */}
      <Text className={styles.notice}>查看《服务条款》</Text>
      {/* expect: legal-text-small */}
      <Text style={{ fontSize: '10px' }}>By continuing you accept the Privacy Policy</Text>
      {/* ok: legal-text-small */}
      <Text style={{ fontSize: '12px' }}>By continuing you accept the Terms of Service</Text>
      {/* ok: legal-text-small */}
      <Navigator url='/pages/privacy/index' style={{ fontSize: 14 }}>《隐私政策》</Navigator>
      {/* ok: legal-text-small */}
      <Text className='legal'>欢迎光临</Text>
    </View>
  )
}

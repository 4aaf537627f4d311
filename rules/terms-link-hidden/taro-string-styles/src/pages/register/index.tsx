// Register page: older Taro code writes `style` as a string, and kebab-case CSS-module classes with brackets.
import Taro from '@tarojs/taro'
import { View, Text, Navigator } from '@tarojs/components'
import styles from './index.module.scss'

const open = (doc: string) => Taro.navigateTo({ url: `/pages/webview/index?doc=${doc}` })

export default function Register() {
  return (
    <View className={styles.footer}>
      <Text>注册即代表同意</Text>
      {/* ok: terms-link-hidden */}
      <Text className={styles['doc-link']} onClick={() => open('user')}>《用户协议》</Text>
      <View style='display: none'>
        {/* expect: terms-link-hidden */}
        <Navigator url='/pages/privacy/index'>《隐私政策》</Navigator>
      </View>
      {/* expect: terms-link-hidden */}
      <Text className={styles['old-terms']} onClick={() => open('terms')}>《服务条款》</Text>
      {/* ok: terms-link-hidden */}
      <Navigator style='display: flex; color: #1677ff' url='/pages/privacy/children'>《儿童隐私保护指引》</Navigator>
    </View>
  )
}

import { View, Text, Button } from '@tarojs/components'
import { pxTransform as px } from '@tarojs/taro'

export default function Login() {
  return (
    <View>
      <Button>登录</Button>
      {/* expect: legal-text-small */}
      <Text style={{ fontSize: px(18) }}>登录即同意《用户协议》和《隐私政策》</Text>
    </View>
  )
}

import { View, Text } from '@tarojs/components'
import { Button } from '@antmjs/vantui'
import './index.scss'

// The app's stylesheets are at a 375 design width (the config's function returns 375 for them): px are CSS px.
export default function Login() {
  return (
    <View className='login'>
      <Button block type='primary'>手机号快捷登录</Button>
      {/* 11px */}
      {/* expect: legal-text-small */}
      <Text className='login__agreement'>登录即代表同意《用户协议》和《隐私政策》</Text>
      {/* 13px, not 6.5 */}
      {/* ok: legal-text-small */}
      <Text className='login__tip'>未注册手机号登录后将自动注册，注册即同意《会员协议》</Text>
    </View>
  )
}

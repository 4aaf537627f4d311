import { View, Text } from '@tarojs/components'
import { Button, Checkbox } from '@nutui/nutui-react-taro'
import './index.scss'

export default function Login() {
  return (
    <View className='login'>
      <Button block type='primary'>手机号快捷登录</Button>
      {/* The page's own stylesheet is at 750: 22px is 11 CSS px. */}
      {/* expect: legal-text-small */}
      <Text className='login__agreement'>登录即代表同意《用户协议》和《隐私政策》</Text>
      {/* ok: legal-text-small */}
      <Text className='login__tip'>未注册手机号登录后将自动注册，注册即同意《会员协议》</Text>
      <View className='login__footer'>
        {/* NutUI draws the label in its own `.nut-checkbox-label` box: the footer's 11px does not reach it. */}
        {/* ok: legal-text-small */}
        <Checkbox label='同意《自动续费服务协议》' />
      </View>
    </View>
  )
}

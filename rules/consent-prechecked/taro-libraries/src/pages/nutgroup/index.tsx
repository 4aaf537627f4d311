import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button, Checkbox } from '@nutui/nutui-react-taro'

// NutUI React v2: the group's defaultValue ticks the boxes whose value it lists.
export default function Login() {
  return (
    <View className='login'>
      <Button block type='primary' onClick={() => Taro.login()}>
        手机号快捷登录
      </Button>
      <Checkbox.Group defaultValue={['agree']}>
        {/* expect: consent-prechecked */}
        <Checkbox value='agree'>我已阅读并同意《用户协议》和《隐私政策》</Checkbox>
        {/* ok: consent-prechecked */}
        <Checkbox value='sms'>接收营销短信</Checkbox>
      </Checkbox.Group>
      <Text className='tip'>未注册的手机号将自动创建账号</Text>
    </View>
  )
}

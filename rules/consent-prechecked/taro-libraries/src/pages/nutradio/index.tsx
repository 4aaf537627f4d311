import { View } from '@tarojs/components'
import { Button, Radio } from '@nutui/nutui-react-taro'

// NutUI Radio.Group: a string value picks one radio. 'agree_all' is not 'agree'.
export default function Login() {
  return (
    <View className='login'>
      <Button block type='primary'>登录</Button>
      <Radio.Group defaultValue='agree_all'>
        {/* ok: consent-prechecked */}
        <Radio value='agree'>同意《隐私政策》</Radio>
      </Radio.Group>
      <Radio.Group defaultValue='yes'>
        {/* expect: consent-prechecked */}
        <Radio value='yes'>接收营销短信和优惠活动通知</Radio>
        {/* ok: consent-prechecked */}
        <Radio value='no'>暂不接收</Radio>
      </Radio.Group>
    </View>
  )
}

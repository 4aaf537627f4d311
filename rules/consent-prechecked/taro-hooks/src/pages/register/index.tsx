// ahooks' state hooks (useSafeState, useBoolean, useToggle) are drop-in useState replacements common in Taro
// projects: their first argument is the first-render value of the state they return first.
import Taro from '@tarojs/taro'
import { View, Text, Checkbox, Button } from '@tarojs/components'
import { useSafeState, useBoolean, useToggle } from 'ahooks'

export default function Register() {
  const [isAgree, setIsAgree] = useSafeState(true)
  const [share, { toggle }] = useBoolean(true)
  const [sms, { toggle: toggleSms }] = useToggle(false)

  const submit = () => Taro.showToast({ title: '注册成功' })

  return (
    <View className='register'>
      <View className='row'>
        {/* expect: consent-prechecked */}
        <Checkbox value='agree' checked={isAgree} onClick={() => setIsAgree(!isAgree)} />
        <Text>我已阅读并同意《用户协议》</Text>
      </View>
      <View className='row'>
        {/* expect: consent-prechecked */}
        <Checkbox value='share' checked={share} onClick={toggle} />
        <Text>同意向合作伙伴共享我的信息</Text>
      </View>
      <View className='row'>
        {/* ok: consent-prechecked */}
        <Checkbox value='sms' checked={sms} onClick={toggleSms} />
        <Text>接收营销短信</Text>
      </View>
      <Button disabled={!isAgree} onClick={submit}>注册</Button>
    </View>
  )
}

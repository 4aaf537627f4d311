// Two components in one file, each with its own `isAgree`: state is per component, whatever the other calls its own.
import { memo, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Checkbox, Button } from '@tarojs/components'

const PasswordLogin = memo(() => {
  const [isAgree, setIsAgree] = useState(false)
  return (
    <View className='row' onClick={() => setIsAgree(!isAgree)}>
      {/* ok: consent-prechecked */}
      <Checkbox value='agree' checked={isAgree} />
      <Text>我已阅读并同意《用户协议》</Text>
    </View>
  )
})

function ShareRow() {
  const [isAgree, setIsAgree] = useState(true)
  return (
    <View className='row' onClick={() => setIsAgree(!isAgree)}>
      {/* expect: consent-prechecked */}
      <Checkbox value='share' checked={isAgree} />
      <Text>同意向合作伙伴共享我的信息</Text>
    </View>
  )
}

export default function BindPhone() {
  const [isAgree, setIsAgree] = useState(false)
  const submit = () => Taro.showToast({ title: '绑定成功' })
  return (
    <View className='bind'>
      <PasswordLogin />
      <ShareRow />
      <View className='row' onClick={() => setIsAgree(!isAgree)}>
        {/* ok: consent-prechecked */}
        <Checkbox value='privacy' checked={isAgree} />
        <Text>我已阅读并同意《隐私政策》</Text>
      </View>
      <Button disabled={!isAgree} onClick={submit}>绑定</Button>
    </View>
  )
}

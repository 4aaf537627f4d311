import { useState } from 'react'
import { View, Text, Checkbox, Label, Button } from '@tarojs/components'
import AgreeRow from '../../components/AgreeRow'
import './index.scss'

// A page written in plain .js, JSX and all, as many Taro projects are.
export default function Register() {
  const [agreed, setAgreed] = useState(true)
  const [news] = useState(false)

  return (
    <View className='register'>
      <Label className='row'>
        {/* expect: consent-prechecked */}
        <Checkbox value='agree' checked={agreed} onClick={() => setAgreed(!agreed)} />
        <Text>我已阅读并同意《用户协议》和《隐私政策》</Text>
      </Label>
      <Label className='row'>
        {/* ok: consent-prechecked */}
        <Checkbox value='news' checked={news} />
        <Text>订阅优惠信息</Text>
      </Label>
      <AgreeRow />
      <Button>注册</Button>
    </View>
  )
}

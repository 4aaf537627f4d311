import { useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import { ConsentBox, PromoOptIn } from '@/components'

export default function Register() {
  const [form, setForm] = useState({ nickname: '', phone: '' })

  return (
    <View className='register'>
      <Text className='register__title'>完善资料</Text>
      {/* expect: consent-prechecked */}
      <ConsentBox>
        <Text>我已阅读并同意《会员服务协议》和《隐私政策》</Text>
      </ConsentBox>
      {/* ok: consent-prechecked */}
      <ConsentBox agreed={false}>
        <Text>同意将我的手机号共享给合作商家用于配送</Text>
      </ConsentBox>
      {/* ok: consent-prechecked */}
      <ConsentBox disabled>
        <Text>我已年满 14 周岁，同意《儿童个人信息保护规则》</Text>
      </ConsentBox>
      {/* ok: consent-prechecked */}
      <PromoOptIn />
      <Button onClick={() => setForm({ ...form })}>提交</Button>
    </View>
  )
}

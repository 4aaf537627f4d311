import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Checkbox, Label } from '@tarojs/components'
import { LOGIN_COPY } from '../../constants/copy'

// The box's words come from an imported constant object.
export default function Login() {
  const [agreed, setAgreed] = useState(true)
  const [marketing, setMarketing] = useState(true)

  return (
    <View className='login'>
      <Text className='title'>{LOGIN_COPY.title}</Text>
      <View className='row'>
        {/* expect: consent-prechecked */}
        <Checkbox value='agree' checked={agreed} onClick={() => setAgreed(!agreed)} />
        <Text>{LOGIN_COPY.agreePrefix}</Text>
        <Text className='link' onClick={() => Taro.navigateTo({ url: '/pages/doc/index?id=user' })}>{LOGIN_COPY.userDoc}</Text>
        <Text className='link' onClick={() => Taro.navigateTo({ url: '/pages/doc/index?id=privacy' })}>{LOGIN_COPY.privacyDoc}</Text>
      </View>
      <Label className='row'>
        {/* expect: consent-prechecked */}
        <Checkbox value='marketing' checked={marketing} onClick={() => setMarketing(!marketing)} />
        <Text>{LOGIN_COPY.marketing}</Text>
      </Label>
    </View>
  )
}

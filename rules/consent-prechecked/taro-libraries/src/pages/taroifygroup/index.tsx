import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Checkbox } from '@taroify/core'

// Taroify names a box with `name`, not `value`.
export default function Login() {
  const [value, setValue] = useState<string[]>(['privacy'])
  return (
    <View className='login'>
      <Button color='primary' block>登录</Button>
      <Checkbox.Group value={value} onChange={setValue}>
        {/* expect: consent-prechecked */}
        <Checkbox name='privacy'>我已阅读并同意《隐私政策》</Checkbox>
        {/* ok: consent-prechecked */}
        <Checkbox name='ads'>接收个性化广告推荐</Checkbox>
      </Checkbox.Group>
    </View>
  )
}

import { useState } from 'react'
import { View, Text, Checkbox, Button } from '@tarojs/components'
import Taro from '@tarojs/taro'

// The agreement row of the phone-number login, shown once that mode is picked: its link comes with its checkbox,
// as a privacy dialog's does. The password mode's reminder has no box beside it and stays hidden.
export default function ModeLogin() {
  const [mode, setMode] = useState<'wechat' | 'phone'>('wechat')
  const [agreed, setAgreed] = useState(false)
  const [showRules, setShowRules] = useState(false)

  return (
    <View className='login'>
      <Button onClick={() => setMode('phone')}>手机号登录</Button>
      <View className='agreement'>
        {mode === 'phone' ? (
          <>
            <Checkbox value='agree' checked={agreed} onClick={() => setAgreed(!agreed)} />
            <Text>我已阅读并同意</Text>
            {/* ok: terms-link-hidden */}
            <Text className='link' onClick={() => Taro.navigateTo({ url: '/pages/doc/index?id=user' })}>《用户协议》</Text>
          </>
        ) : (
          <Text className='tip'>微信一键登录更便捷</Text>
        )}
      </View>
      {showRules && (
        <>
          <Text className='tip'>登录即视为同意</Text>
          {/* expect: terms-link-hidden */}
          <Text className='link' onClick={() => Taro.navigateTo({ url: '/pages/doc/index?id=rules' })}>《会员积分规则》</Text>
        </>
      )}
    </View>
  )
}

import { useState } from 'react'
import { View, Text, Navigator } from '@tarojs/components'
import './index.css'

const SHOW_TERMS = false

export default function Register({ remote }) {
  const [expanded, setExpanded] = useState(false)
  const [step] = useState(1)
  return (
    <View className='register'>
      {/* expect: terms-link-hidden */}
      {false && <Navigator url='/pages/agreement/user'>《用户协议》</Navigator>}
      {/* expect: terms-link-hidden */}
      {SHOW_TERMS && <Text>《服务条款》</Text>}
      {expanded ? (
        <View>
          {/* expect: terms-link-hidden */}
          <Text>Read the full Privacy Policy</Text>
        </View>
      ) : (
        <View>
          {/* ok: terms-link-hidden */}
          <Text onClick={() => setExpanded(true)}>查看《隐私政策》</Text>
        </View>
      )}
      {/* ok: terms-link-hidden */}
      {step === 1 && <Text>注册即同意《用户协议》</Text>}
      {/* expect: terms-link-hidden */}
      <Text style={{ display: 'none' }}>Terms of Service</Text>
      {/* expect: terms-link-hidden */}
      <View hidden><Text>《会员协议》</Text></View>
      {/* expect: terms-link-hidden */}
      <Text className='hidden-note'>《儿童隐私政策》</Text>
      {/* ok: terms-link-hidden */}
      {remote.ready && <Text>《用户协议》</Text>}
    </View>
  )
}

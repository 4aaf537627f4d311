import React, { useState } from 'react'
import { View, Text, Switch, Navigator } from '@tarojs/components'
import { Cell, Switch as NutSwitch } from '@nutui/nutui-react-taro'
import './index.css'

const DEFAULT_PREFS = { marketing: true, analytics: false }

function Row({ title, children }) {
  return (
    <View className='row'>
      <Text className='row__title'>{title}</Text>
      {children}
    </View>
  )
}

export default function Settings() {
  const [darkMode, setDarkMode] = useState(true)
  const [prefs, setPrefs] = useState(DEFAULT_PREFS)
  const [debug] = useState(process.env.NODE_ENV !== 'production')
  const isWeapp = process.env.TARO_ENV === 'weapp'

  return (
    <View className='settings'>
      <View className='row'>
        <Text>深色模式</Text>
        {/* ok: consent-prechecked */}
        <Switch checked={darkMode} onChange={(e) => setDarkMode(e.detail.value)} />
      </View>
      <View className='row'>
        <Text>接收营销短信和推送</Text>
        {/* expect: consent-prechecked */}
        <Switch checked={prefs.marketing} />
      </View>
      <View className='row'>
        <Text>Share anonymous usage data with partners</Text>
        {/* ok: consent-prechecked */}
        <NutSwitch checked={prefs.analytics} />
      </View>
      {debug ? <Text>Debug build</Text> : null}
      <View className='links'>
        {/* ok: terms-link-hidden */}
        <Navigator url='/pages/doc/index?id=privacy'>Privacy Policy</Navigator>
        {/* ok: legal-text-small */}
        <Navigator className='links__item' url='/pages/doc/index?id=terms'>Terms of Service</Navigator>
      </View>
      <View className='legacy' style={{ display: 'none' }}>
        {/* expect: terms-link-hidden */}
        <Text>旧版《用户协议》</Text>
      </View>
    </View>
  )
}

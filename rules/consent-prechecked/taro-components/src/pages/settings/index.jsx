import { useState } from 'react'
import { View } from '@tarojs/components'
import { SettingRow } from '../../components/SettingRow'

export default function Settings() {
  const [prefs, setPrefs] = useState({ push: true, darkMode: true, sms: false })
  const [personalAds, setPersonalAds] = useState(true)

  const update = (key) => (value) => setPrefs({ ...prefs, [key]: value })

  return (
    <View className='settings'>
      {/* ok: consent-prechecked */}
      <SettingRow title='深色模式' value={prefs.darkMode} onChange={update('darkMode')} />
      {/* expect: consent-prechecked */}
      <SettingRow title='接收营销推送' desc='新品上架、限时优惠活动通知' value={prefs.push} onChange={update('push')} />
      {/* ok: consent-prechecked */}
      <SettingRow title='接收营销短信' value={prefs.sms} onChange={update('sms')} />
      {/* expect: consent-prechecked */}
      <SettingRow title='个性化广告推荐' value={personalAds} onChange={setPersonalAds} />
      {/* ok: consent-prechecked */}
      <SettingRow title='消息免打扰' value />
    </View>
  )
}

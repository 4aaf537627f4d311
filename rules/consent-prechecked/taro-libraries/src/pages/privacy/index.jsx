// Taro UI's list rows: with `isSwitch` a row is a switch, its title the label and `switchIsCheck` its state.
import { useState } from 'react'
import { View } from '@tarojs/components'
import { AtList, AtListItem } from 'taro-ui'
import { t } from '../../i18n'

export default function Privacy() {
  const [personalized, setPersonalized] = useState(true)
  const [darkMode, setDarkMode] = useState(true)
  const [newsletter, setNewsletter] = useState(false)
  const [autoplay, setAutoplay] = useState(true)
  return (
    <View className='privacy'>
      <AtList>
        {/* expect: consent-prechecked */}
        <AtListItem
          title='个性化广告推荐'
          note='根据你的浏览记录展示广告'
          isSwitch
          switchIsCheck={personalized}
          onSwitchChange={(e) => setPersonalized(e.detail.value)}
        />
        {/* ok: consent-prechecked */}
        <AtListItem title='深色模式' isSwitch switchIsCheck={darkMode} onSwitchChange={(e) => setDarkMode(e.detail.value)} />
        {/* ok: consent-prechecked */}
        <AtListItem title='订阅每周新闻邮件' isSwitch switchIsCheck={newsletter} onSwitchChange={(e) => setNewsletter(e.detail.value)} />
      </AtList>
      <View className='section-title'>个性化广告推荐</View>
      <AtList>
        {/* Its title comes from i18n: unknown, so not the section title above. */}
        {/* ok: consent-prechecked */}
        <AtListItem title={t('settings.autoplay')} isSwitch switchIsCheck={autoplay} onSwitchChange={(e) => setAutoplay(e.detail.value)} />
        {/* A row without isSwitch is a plain row, whatever it is passed. */}
        {/* ok: consent-prechecked */}
        <AtListItem title='接收营销短信' switchIsCheck arrow='right' />
      </AtList>
    </View>
  )
}

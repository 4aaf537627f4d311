import { View, Text, Switch } from '@tarojs/components'

// One row per setting; the page decides each switch's state.
export function SettingRow({ title, desc, value = false, onChange }) {
  return (
    <View className='setting-row'>
      <View className='setting-row__main'>
        <Text className='setting-row__title'>{title}</Text>
        {desc && <Text className='setting-row__desc'>{desc}</Text>}
      </View>
      {/* ok: consent-prechecked */}
      <Switch checked={value} color='#fa2c19' onChange={(e) => onChange && onChange(e.detail.value)} />
    </View>
  )
}

// Starts ticked whatever the page passes: reported here, once, not again at each use.
export function PromoOptIn({ children }) {
  return (
    <View className='promo'>
      {/* expect: consent-prechecked */}
      <Checkbox value='promo' checked />
      <Text>订阅优惠活动和新品推荐短信</Text>
      {children}
    </View>
  )
}

import { View, Text, Switch } from '@tarojs/components'

export default function AgreeRow() {
  return (
    <View className='agree-row'>
      <Text>向合作伙伴共享我的使用数据</Text>
      {/* expect: consent-prechecked */}
      <Switch checked />
    </View>
  )
}

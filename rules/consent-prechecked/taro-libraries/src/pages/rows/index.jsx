// Rows configured by their parent: `{...props.x}` may set any property written before it.
import { View, Switch, Text } from '@tarojs/components'
import { AtList, AtListItem, AtSwitch } from 'taro-ui'

// A known object spreads its own keys only: `checked` before it stays.
const switchStyle = { color: '#ff5000' }

export default function ConsentRows(props) {
  return (
    <View className='rows'>
      <View className='row'>
        <Text>个性化广告推荐</Text>
        {/* ok: consent-prechecked */}
        <Switch checked {...props.adsSwitch} />
      </View>
      {/* ok: consent-prechecked */}
      <AtSwitch title='与合作伙伴共享数据' checked {...props.shareSwitch} />
      <View className='row'>
        <Text>接收营销短信和优惠推送</Text>
        {/* expect: consent-prechecked */}
        <Switch checked {...switchStyle} />
      </View>
      <AtList>
        {/* ok: consent-prechecked */}
        <AtListItem title='接收营销短信' isSwitch switchIsCheck {...props.smsRow} />
        {/* Written after the spread: the page decides, whatever the parent passes. */}
        {/* expect: consent-prechecked */}
        <AtListItem {...props.emailRow} title='订阅营销邮件' isSwitch switchIsCheck />
      </AtList>
    </View>
  )
}

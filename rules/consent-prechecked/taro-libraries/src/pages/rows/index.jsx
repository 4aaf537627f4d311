// Rows configured by their parent: `{...props.x}` may set any property written before it.
import { View, Switch, Text, Checkbox } from '@tarojs/components'
import { t } from '../../i18n'
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
        <Text>向第三方合作伙伴共享我的使用数据</Text>
        {/* Neither side of the spread sets checked. */}
        {/* expect: consent-prechecked */}
        <Switch checked {...(props.vip && { disabled: true })} />
      </View>
      <View className='row'>
        {/* Its own text is translated at runtime: unknown, not the hint beside it. */}
        {/* ok: consent-prechecked */}
        <Checkbox value='mkt' checked>{t('reg.marketing')}</Checkbox>
        <Text>同意接收营销短信</Text>
      </View>
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

import { View } from '@tarojs/components'
import { Cell, Switch } from '@taroify/core'

// Taroify privacy centre: the switch is the cell's child, the cell's `title` its label.
export default function PrivacyCenter() {
  return (
    <View className='privacy-center'>
      <Cell.Group title='个性化服务'>
        <Cell align='center' title='个性化内容推荐'>
          {/* expect: consent-prechecked */}
          <Switch size='24' defaultChecked />
        </Cell>
        <Cell align='center' title='消息提示音'>
          {/* ok: consent-prechecked */}
          <Switch size='24' defaultChecked />
        </Cell>
        <Cell align='center' title='允许向第三方合作伙伴共享设备信息'>
          {/* ok: consent-prechecked */}
          <Switch size='24' />
        </Cell>
      </Cell.Group>
    </View>
  )
}

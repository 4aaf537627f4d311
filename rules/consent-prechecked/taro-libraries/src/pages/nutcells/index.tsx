import { View } from '@tarojs/components'
import { Cell, Switch } from '@nutui/nutui-react-taro'

// NutUI settings list: each switch sits in its cell's `extra`, the cell's title its label.
export default function Settings() {
  return (
    <View className='settings'>
      <Cell.Group title='隐私设置'>
        {/* expect: consent-prechecked */}
        <Cell title='个性化广告推荐' extra={<Switch defaultChecked />} />
        {/* ok: consent-prechecked */}
        <Cell title='深色模式' extra={<Switch defaultChecked />} />
        {/* ok: consent-prechecked */}
        <Cell title='接收营销短信' extra={<Switch />} />
      </Cell.Group>
    </View>
  )
}

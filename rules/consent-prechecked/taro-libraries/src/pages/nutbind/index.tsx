import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Checkbox } from '@nutui/nutui-react-taro'

// A controlled NutUI group: its value is the page's state, ['agree'] at first.
export default function BindPhone() {
  const [checkedList, setCheckedList] = useState<string[]>(['agree'])

  return (
    <View className='bind'>
      <Checkbox.Group value={checkedList} onChange={(v) => setCheckedList(v)}>
        {/* expect: consent-prechecked */}
        <Checkbox value='agree'>同意《会员服务协议》</Checkbox>
        {/* ok: consent-prechecked */}
        <Checkbox value='remember'>记住登录状态</Checkbox>
      </Checkbox.Group>
      <Button block type='primary' disabled={!checkedList.includes('agree')}>绑定手机号</Button>
    </View>
  )
}

// The group's value from the store: neither box is known.
export function StoredBind({ saved }: { saved: string[] }) {
  return (
    <Checkbox.Group value={saved}>
      {/* ok: consent-prechecked */}
      <Checkbox value='agree'>同意《会员服务协议》</Checkbox>
    </Checkbox.Group>
  )
}

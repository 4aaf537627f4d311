import { Fragment, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Checkbox } from '@tarojs/components'

// The document links are mapped from a list, each in a keyed Fragment with a separator before all but the
// first: fragments have no element of their own, so the sentence runs on through them.
const DOCS = [
  { id: 'user', name: '《用户协议》' },
  { id: 'privacy', name: '《隐私政策》' }
]

export default function Signup() {
  const [agreed, setAgreed] = useState(true)

  return (
    <View className='signup'>
      <View className='agreement'>
        {/* expect: consent-prechecked */}
        <Checkbox value='agree' checked={agreed} onClick={() => setAgreed(!agreed)} />
        <Text>注册即表示您已阅读</Text>
        {DOCS.map((doc, i) => (
          <Fragment key={doc.id}>
            {i > 0 && <Text>、</Text>}
            <Text className='link' onClick={() => Taro.navigateTo({ url: `/pages/legal/index?doc=${doc.id}` })}>
              {doc.name}
            </Text>
          </Fragment>
        ))}
      </View>
    </View>
  )
}

import { useState } from 'react'
import { View, Text, Checkbox, CheckboxGroup, Label } from '@tarojs/components'

// The group's selection starts as ['privacy']: each box is checked when the list holds its value.
export default function Authorize() {
  const [checkedList, setCheckedList] = useState<string[]>(['privacy'])

  return (
    <View className='authorize'>
      <CheckboxGroup onChange={(e) => setCheckedList(e.detail.value)}>
        <Label className='item'>
          {/* expect: consent-prechecked */}
          <Checkbox value='privacy' checked={checkedList.includes('privacy')} />
          <Text>我已阅读并同意《隐私政策》</Text>
        </Label>
        <Label className='item'>
          {/* ok: consent-prechecked */}
          <Checkbox value='sms' checked={checkedList.includes('sms')} />
          <Text>接收营销短信</Text>
        </Label>
        <Label className='item'>
          {/* ok: consent-prechecked */}
          <Checkbox value='share' checked={checkedList.indexOf('share') > -1} />
          <Text>同意向合作伙伴共享我的个人信息</Text>
        </Label>
      </CheckboxGroup>
    </View>
  )
}

import { memo, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Switch, Checkbox, Label } from '@tarojs/components'

// Rows written once in the module and used with props: each use renders the row with what it passes.
interface RowProps {
  label: string
  checked: boolean
  onChange?: (value: boolean) => void
}

const SwitchRow = ({ label, checked, onChange }: RowProps) => (
  <View className='row'>
    <Text>{label}</Text>
    <Switch checked={checked} onChange={(e) => onChange?.(e.detail.value)} />
  </View>
)

// List rows are often wrapped in memo(): the same component.
const MemoCell = memo(({ title, on }: { title: string; on: boolean }) => (
  <View className='cell'>
    <Text>{title}</Text>
    <Switch checked={on} />
  </View>
))

function AgreeBox({ checked = false, text }: { checked?: boolean; text: string }) {
  return (
    <Label className='agree'>
      <Checkbox value='agree' checked={checked} />
      <Text>{text}</Text>
    </Label>
  )
}

function SpreadRow(props: RowProps) {
  return (
    <View className='row'>
      <Text>{props.label}</Text>
      <Switch checked={props.checked} />
    </View>
  )
}

export default function Privacy() {
  const [marketing, setMarketing] = useState(true)
  const [darkMode, setDarkMode] = useState(true)
  const [location] = useState(false)
  const saved = Taro.getStorageSync('shareRow')

  return (
    <View className='privacy'>
      {/* Reported at the use that renders the row checked, the row's Switch in the evidence. */}
      {/* expect: consent-prechecked */}
      <SwitchRow label='接收营销短信' checked={marketing} onChange={setMarketing} />
      {/* ok: consent-prechecked */}
      <SwitchRow label='深色模式' checked={darkMode} onChange={setDarkMode} />
      {/* ok: consent-prechecked */}
      <SwitchRow label='允许获取位置信息' checked={location} />
      {/* expect: consent-prechecked */}
      <MemoCell title='接收个性化推荐' on={marketing} />
      {/* ok: consent-prechecked */}
      <MemoCell title='接收个性化推荐' on={location} />
      {/* ok: consent-prechecked */}
      <AgreeBox text='我已阅读并同意《隐私政策》' />
      {/* ok: consent-prechecked */}
      <SpreadRow {...saved} label='同意共享数据给合作伙伴' />
    </View>
  )
}

import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Checkbox, Label, Switch } from '@tarojs/components'

// Consent lists rendered with .map() over a constant: each item is its own checkbox, with its own state and label.
const CONSENT_ITEMS = [
  { key: 'privacy', label: '我已阅读并同意《隐私政策》', defaultChecked: true },
  { key: 'marketing', label: '接收营销短信和邮件', defaultChecked: false },
  { key: 'remember', label: '记住登录状态', defaultChecked: true }
]

const NOTICE_SWITCHES = [
  { id: 'push', title: '接收个性化推荐推送', on: false },
  { id: 'sms', title: '接收营销短信', on: false }
]

// Switches read their state from a map by the item's key: `defaults[item.id]` is `defaults.promo` for the first.
const PUSH_SWITCHES = [
  { id: 'promo', title: '接收促销信息推送' },
  { id: 'orders', title: '订单与物流通知' }
]
const defaults = { promo: true, orders: true }

export default function Consents() {
  const [prefs, setPrefs] = useState<Record<string, boolean>>({})
  const [values, setValues] = useState<Record<string, boolean>>({})
  const [remote, setRemote] = useState<{ key: string; title: string; checked: boolean }[]>([])

  useEffect(() => {
    Taro.request({ url: '/api/consents' }).then((res) => setRemote(res.data))
  }, [])

  return (
    <View className='consents'>
      {CONSENT_ITEMS.map((item) => (
        <Label className='row' key={item.key}>
          {/* expect: consent-prechecked */}
          <Checkbox
            value={item.key}
            checked={item.defaultChecked}
            onClick={() => setValues({ ...values, [item.key]: !values[item.key] })}
          />
          <Text>{item.label}</Text>
        </Label>
      ))}
      {NOTICE_SWITCHES.map(({ id, title, on }) => (
        <View className='cell' key={id}>
          <Text>{title}</Text>
          {/* ok: consent-prechecked */}
          <Switch checked={on} />
        </View>
      ))}
      {PUSH_SWITCHES.map((item) => (
        <View className='cell' key={item.id}>
          <Text>{item.title}</Text>
          {/* expect: consent-prechecked */}
          <Switch checked={defaults[item.id]} onChange={(e) => setPrefs({ ...prefs, [item.id]: e.detail.value })} />
        </View>
      ))}
      {remote.map((doc) => (
        <Label className='row' key={doc.key}>
          {/* ok: consent-prechecked */}
          <Checkbox value={doc.key} checked={doc.checked} />
          <Text>{doc.title}</Text>
        </Label>
      ))}
    </View>
  )
}

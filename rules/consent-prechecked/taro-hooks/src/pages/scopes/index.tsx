import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { useTranslation } from 'react-i18next'
import { View, Text, Checkbox, Label } from '@tarojs/components'

interface Scope {
  scope: string
  desc: string
  checked: boolean
}

const Card = ({ title, children }: { title: string; children?: unknown }) => (
  <View className='card'>
    <Text className='card__title'>{title}</Text>
    <View className='card__body'>{children}</View>
  </View>
)

// Names a nested function binds are its own, not the page's state of the same name; a text whose content
// cannot be known labels its own row.
export default function Scopes() {
  const { t } = useTranslation()
  const [scopes, setScopes] = useState<Scope[]>([])
  const [checked] = useState(true)
  const [agree] = useState(true)
  const [remember] = useState(true)
  const [promoSms] = useState(true)
  const [agreedIds] = useState<string[]>([])

  useEffect(() => {
    Taro.request({ url: '/api/auth/scopes' }).then((res) => setScopes(res.data))
  }, [])

  const MarketingRow = ({ agree }: { agree: boolean }) => (
    <View className='row'>
      {/* ok: consent-prechecked */}
      <Checkbox value='sms' checked={agree} />
      <Text>同意接收营销短信</Text>
    </View>
  )

  return (
    <View className='auth'>
      <Label className='auth__row'>
        {/* ok: consent-prechecked */}
        <Checkbox value='keep' checked={checked} />
        <Text>保持登录状态</Text>
      </Label>
      {scopes.map(({ scope, desc, checked }) => (
        <Label className='auth__row' key={scope}>
          {/* ok: consent-prechecked */}
          <Checkbox value={scope} checked={checked} />
          <Text>同意向第三方共享您的{desc}</Text>
        </Label>
      ))}
      {scopes.map((item) => {
        const checked = agreedIds.includes(item.scope)
        return (
          <Label className='auth__row' key={`own-${item.scope}`}>
            {/* ok: consent-prechecked */}
            <Checkbox value={item.scope} checked={checked} />
            <Text>我已阅读并同意《{item.desc}》</Text>
          </Label>
        )
      })}
      <Card title='营销消息'>
        <View className='cell'>
          <Text>接收优惠活动短信</Text>
          {/* Written in the page, inside a local Card: reported where it is written. */}
          {/* expect: consent-prechecked */}
          <Checkbox value='promo' checked={promoSms} />
        </View>
      </Card>
      <MarketingRow agree={false} />
      <Label className='auth__row'>
        {/* ok: consent-prechecked */}
        <Checkbox value='agreement' checked={!agree} />
        <Text>我已阅读并同意《用户协议》</Text>
      </Label>
      <Label className='auth__row'>
        {/* ok: consent-prechecked */}
        <Checkbox value='remember' checked={remember} />
        <Text>{t('login.rememberMe')}</Text>
      </Label>
    </View>
  )
}

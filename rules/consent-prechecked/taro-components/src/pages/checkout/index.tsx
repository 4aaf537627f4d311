import { useState } from 'react'
import { View, Text, Checkbox, Label, Button } from '@tarojs/components'
import { PresaleConsent, LoginOptions, BalancePanel, SubscribeCheck, ConsentList } from '@/components'
import Agreement from '@/components/Agreement'

const MEMBER_CONSENTS = [
  { key: 'terms', label: '我已阅读并同意《会员服务协议》', checked: false },
  { key: 'sms', label: '接收会员专享优惠活动短信', checked: true }
]

// A styling wrapper: every prop it is given goes on to the agreement.
const ThemedAgreement = (props: { checked: boolean; onChange: (v: boolean) => void }) => (
  <Agreement {...props} />
)

export default function Checkout() {
  const [presale, setPresale] = useState(true)
  const [agreePay, setAgreePay] = useState(false)
  const [useBalance, setUseBalance] = useState(true)
  const [agreed, setAgreed] = useState(true)

  return (
    <View className='checkout'>
      {/* expect: consent-prechecked */}
      <PresaleConsent label='我已阅读并同意《预售商品购买协议》，定金不退' checked={presale} />
      {/* expect: consent-prechecked */}
      <LoginOptions showRemember={false} remember={false} agreed={agreed} />
      {/* ok: consent-prechecked */}
      <BalancePanel balance={12.5} useBalance={useBalance}>
        <Label>
          {/* ok: consent-prechecked */}
          <Checkbox value='pay' checked={agreePay} onClick={() => setAgreePay(!agreePay)} />
          <Text>我已阅读并同意《支付服务协议》</Text>
        </Label>
      </BalancePanel>
      {/* expect: consent-prechecked */}
      <SubscribeCheck text='接收本店铺的优惠活动推送' />
      {/* expect: consent-prechecked */}
      <ThemedAgreement checked={agreed} onChange={setAgreed} />
      {/* expect: consent-prechecked */}
      <ConsentList options={MEMBER_CONSENTS} />
      {/* expect: consent-prechecked */}
      <LoginOptions showRemember remember={false} agreed={agreed} />
      <Button onClick={() => setUseBalance(!useBalance)}>提交订单</Button>
      <Text onClick={() => setPresale(false)}>{agreePay ? '' : ' '}</Text>
    </View>
  )
}

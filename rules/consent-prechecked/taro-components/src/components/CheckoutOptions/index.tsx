import { View, Text, Checkbox, Switch, Label } from '@tarojs/components'
import type { ReactNode } from 'react'

// `...rest` reaches the native box: what the use passes (`checked`) is its state.
export function PresaleConsent({ label, className, ...rest }: { label: string; className?: string; checked?: boolean }) {
  return (
    <Label className={className}>
      {/* ok: consent-prechecked */}
      <Checkbox value='presale' {...rest} />
      <Text>{label}</Text>
    </Label>
  )
}

// A row whose first switch the use may leave out: the box it renders is the one that counts there.
export function LoginOptions({ showRemember, remember, agreed }: { showRemember: boolean; remember: boolean; agreed: boolean }) {
  return (
    <View className='login-options'>
      {showRemember && (
        <View className='row'>
          <Text>记住登录状态</Text>
          {/* ok: consent-prechecked */}
          <Switch checked={remember} />
        </View>
      )}
      <View className='row'>
        {/* ok: consent-prechecked */}
        <Checkbox value='agree' checked={agreed} />
        <Text>我已阅读并同意《用户协议》和《隐私政策》</Text>
      </View>
    </View>
  )
}

// Labelled inside: what the use holds below (another box and its text) is not this switch's label.
export function BalancePanel({ balance, useBalance, children }: { balance: number; useBalance: boolean; children?: ReactNode }) {
  return (
    <View className='balance-panel'>
      <View className='row'>
        <Text>使用余额（可用 ¥{balance}）</Text>
        {/* ok: consent-prechecked */}
        <Switch checked={useBalance} />
      </View>
      <View className='footer'>{children}</View>
    </View>
  )
}

// The title falls back to a default only when the use gives none.
export function SubscribeCheck(props: { text?: string; checked?: boolean }) {
  return (
    <View className='subscribe'>
      {/* ok: consent-prechecked */}
      <Checkbox value='subscribe' checked={props.checked ?? true} />
      <Text>{props.text || '订阅新品上架通知'}</Text>
    </View>
  )
}

export interface ConsentOption {
  key: string
  label: string
  checked: boolean
}

// One box per option the page lists: each is the page's to report.
export function ConsentList({ options }: { options: ConsentOption[] }) {
  return (
    <View className='consent-list'>
      {options.map((item) => (
        <Label key={item.key} className='consent-list__item'>
          {/* ok: consent-prechecked */}
          <Checkbox value={item.key} checked={item.checked} />
          <Text>{item.label}</Text>
        </Label>
      ))}
    </View>
  )
}

import { useState, useCallback } from 'react'
import Taro, { useLoad } from '@tarojs/taro'
import { View, Text, Input, Button, Checkbox, Label } from '@tarojs/components'
import classNames from 'classnames'
import styles from './index.module.scss'

const AGREEMENT_URL = '/pages/webview/index?url=agreement'

export default function LoginPage() {
  const [phone, setPhone] = useState('')
  const [agreed, setAgreed] = useState<boolean>(true)
  const [remember, setRemember] = useState(true)

  useLoad(() => {
    console.log('Page loaded.')
  })

  const openDoc = useCallback((type: 'user' | 'privacy') => {
    Taro.navigateTo({ url: `/pages/webview/index?type=${type}` })
  }, [])

  return (
    <View className={styles.page}>
      <Input type='number' value={phone} placeholder='请输入手机号' onInput={(e) => setPhone(e.detail.value)} />
      <Button type='primary' disabled={!agreed}>登录</Button>
      <View className={styles.agreement}>
        {/* expect: consent-prechecked */}
        <Checkbox value='agree' checked={agreed} onClick={() => setAgreed(!agreed)} />
        {/* expect: legal-text-small */}
        <Text>我已阅读并同意</Text>
        {/* expect: legal-text-small */}
        <Text className={styles.link} onClick={() => openDoc('user')}>《用户协议》</Text>
        {/* expect: legal-text-small */}
        <Text className={classNames(styles.link)} onClick={() => openDoc('privacy')}>《隐私政策》</Text>
      </View>
      <Label className={styles.hint}>
        {/* ok: consent-prechecked */}
        <Checkbox value='remember' checked={remember} />
        记住我
      </Label>
      {/* ok: legal-text-small */}
      <Text className={styles.hint}>登录即同意《用户协议》</Text>
    </View>
  )
}

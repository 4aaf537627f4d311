// A membership renewal page in the older Taro style: string `style` attributes (Taro hands them to the
// page as written, so `px` there is not design-scaled), kebab-case CSS-module classes read with brackets, and template
// literals, computed when what they substitute is known at first render.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Button } from '@tarojs/components'
import styles from './index.module.scss'

export default function Renew() {
  const [plan, setPlan] = useState('month')
  const size = plan === 'month' ? 'tip-small' : 'tip-large'
  // The reader's chosen text size, saved on the device: not known statically.
  const userSize = Taro.getStorageSync('fontSize')
  // Computed in the render from state known at first render: 18 while the monthly plan is selected.
  const tipSize = plan === 'month' ? 18 : 28
  const savedSize = userSize || 28

  const openAgreement = () => Taro.navigateTo({ url: '/pages/webview/index?doc=renew' })

  return (
    <View className={styles.page}>
      <View className='plans'>
        <Button onClick={() => setPlan('month')}>连续包月 ¥15</Button>
        <Button onClick={() => setPlan('year')}>连续包年 ¥148</Button>
      </View>
      {/* expect: legal-text-small */}
      <Text style='font-size: 18rpx;color:#999'>开通即同意《自动续费服务协议》，可随时在设置中取消</Text>
      {/* expect: legal-text-small */}
      <Text style='font-size:10px;'>到期前24小时自动扣费，详见《会员服务协议》</Text>
      {/* expect: legal-text-small */}
      <Text className={styles['agreement-text']} onClick={openAgreement}>我已阅读并同意《用户协议》和《隐私政策》</Text>
      {/* ok: legal-text-small */}
      <Text style='font-size: 28rpx'>登录即代表同意《用户协议》</Text>
      {/* `size` is 'tip-small' while the monthly plan (the first render's) is selected. */}
      {/* expect: legal-text-small */}
      <Text className={styles[size]}>取消自动续费请前往《会员服务协议》说明</Text>
      {/* expect: legal-text-small */}
      <Text style={`font-size: ${plan === 'month' ? 18 : 28}rpx`}>开通即同意《连续包月服务协议》</Text>
      {/* ok: legal-text-small */}
      <Text style={`font-size: ${userSize}rpx`}>开通即同意《连续包年服务协议》</Text>
      {/* expect: legal-text-small */}
      <Text style={{ fontSize: `${tipSize}rpx` }}>开通即同意《会员自动续费协议》</Text>
      {/* ok: legal-text-small */}
      <Text style={{ fontSize: `${savedSize}rpx` }}>开通即同意《会员自动续费协议》</Text>
    </View>
  )
}

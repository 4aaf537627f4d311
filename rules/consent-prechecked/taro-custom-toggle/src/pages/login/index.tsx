// A login page with hand-drawn agreement boxes, as real Taro apps write them (the emoji box is
// zuolinbao/redbook's src/pages/login/index.tsx): a tapped view flips state its look reads.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Image, Input, Button } from '@tarojs/components'
import './index.scss'

export default function Login() {
  const [phone, setPhone] = useState('')
  const [agreementChecked, setAgreementChecked] = useState(true)
  const [share, setShare] = useState(true)
  const [news, setNews] = useState(false)
  const [remember, setRemember] = useState(true)
  const [expanded, setExpanded] = useState(true)
  const [partners, setPartners] = useState(true)

  const toggleShare = () => setShare((prev) => !prev)
  const openDoc = (doc: string) => Taro.navigateTo({ url: `/pages/webview/index?doc=${doc}` })

  return (
    <View className='page'>
      <Input type='number' value={phone} placeholder='请输入手机号' onInput={(e) => setPhone(e.detail.value)} />
      <Button className='login-btn' disabled={!agreementChecked}>登录</Button>
      <View className='agreement-section'>
        {/* expect: consent-prechecked */}
        <View className='agreement-checkbox' onClick={() => setAgreementChecked(!agreementChecked)}>
          <Text>{agreementChecked ? '☑️' : '⬜'}</Text>
        </View>
        <Text className='agreement-text'>
          我已阅读并同意
          <Text className='link' onClick={() => openDoc('user')}>《用户协议》</Text>
          和
          <Text className='link' onClick={() => openDoc('privacy')}>《隐私政策》</Text>
        </Text>
      </View>
      {/* expect: consent-prechecked */}
      <View className='row' onClick={toggleShare}>
        <Image className='box' src={share ? '/images/checked.png' : '/images/unchecked.png'} />
        <Text>同意向合作伙伴共享我的信息</Text>
      </View>
      {/* ok: consent-prechecked */}
      <View className={news ? 'box checked' : 'box'} onClick={() => setNews(!news)} />
      <Text>接收营销短信</Text>
      {/* ok: consent-prechecked */}
      <View className='row' onClick={() => setRemember(!remember)}>
        {remember && <Image className='tick' src='/images/tick.png' />}
        <Text>记住登录状态</Text>
      </View>
      {/* A ternary flip passed to the setter. */}
      {/* expect: consent-prechecked */}
      <View className='row' onClick={() => setPartners(partners ? false : true)}>
        <Image className='box' src={partners ? '/images/checked.png' : '/images/unchecked.png'} />
        <Text>同意合作伙伴向我推送优惠信息</Text>
      </View>
      <View className='faq'>
        {/* ok: consent-prechecked */}
        <Text onClick={() => setExpanded(!expanded)}>常见问题</Text>
        {expanded && <Text>登录遇到问题？请联系客服</Text>}
      </View>
    </View>
  )
}

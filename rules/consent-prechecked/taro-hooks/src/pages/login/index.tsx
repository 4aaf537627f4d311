import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Checkbox, CheckboxGroup, Label, Button, Switch } from '@tarojs/components'
import { Checkbox as NutCheckbox } from '@nutui/nutui-react-taro'
import './index.scss'

export default function Login() {
  const [agreed, setAgreed] = useState(true)
  const [keepSignedIn, setKeepSignedIn] = useState(true)
  const [shareData, setShareData] = useState<boolean>(false)
  const [sms] = useState(() => true)

  return (
    <View className='login'>
      <CheckboxGroup onChange={(e) => setAgreed(e.detail.value.length > 0)}>
        <Label className='row'>
          {/* expect: consent-prechecked */}
          <Checkbox value='agree' checked={agreed} />
          <Text>我已阅读并同意《用户协议》和《隐私政策》</Text>
        </Label>
      </CheckboxGroup>
      <Label className='row'>
        {/* ok: consent-prechecked */}
        <Checkbox value='keep' checked={keepSignedIn} onClick={() => setKeepSignedIn(!keepSignedIn)} />
        <Text>Keep me signed in</Text>
      </Label>
      <View className='row'>
        <Text>Share my usage data with partners</Text>
        {/* ok: consent-prechecked */}
        <Switch checked={shareData} onChange={(e) => setShareData(e.detail.value)} />
      </View>
      <Label className='row'>
        {/* expect: consent-prechecked */}
        <Checkbox value='sms' checked>接收营销短信</Checkbox>
      </Label>
      <Label className='row'>
        {/* expect: consent-prechecked */}
        <Checkbox value='promo' checked={sms} />
        <Text>订阅优惠信息</Text>
      </Label>
      <Label className='row'>
        {/* expect: consent-prechecked */}
        <Checkbox value='partners' checked={true} />
        <Text>允许与第三方合作伙伴共享我的信息</Text>
      </Label>
      <Label className='row'>
        {/* ok: consent-prechecked */}
        <Checkbox value='later' checked={false} />
        <Text>I accept the Terms of Service</Text>
      </Label>
      <Label className='row'>
        {/* ok: consent-prechecked */}
        <Checkbox value='remote' checked={Taro.getStorageSync('agreed')} />
        <Text>同意《隐私政策》</Text>
      </Label>
      {/* expect: consent-prechecked */}
      <NutCheckbox defaultChecked label='同意《会员服务协议》' />
      <Button onClick={() => Taro.navigateBack()}>登录</Button>
    </View>
  )
}

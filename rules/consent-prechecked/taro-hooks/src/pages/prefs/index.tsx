import { Component, useEffect, useState } from 'react'
import Taro, { getCurrentInstance } from '@tarojs/taro'
import { View, Text, Switch, Checkbox } from '@tarojs/components'

// Saved choices loaded as the page starts: what the user first sees is not the declared `true`.
export function NotificationPrefs() {
  const [marketing, setMarketing] = useState(true)
  const [personalized, setPersonalized] = useState(true)
  const [shareData, setShareData] = useState(true)
  const [smsOffers, setSmsOffers] = useState(true)
  // A lazy initialiser that only returns a constant is that constant.
  const [adTracking, setAdTracking] = useState(() => {
    return true
  })

  // A helper the effect calls sets it from the server.
  const loadSettings = async () => {
    const res = await Taro.request({ url: 'https://api.example.com/user/settings' })
    setMarketing(res.data.marketing)
  }

  useEffect(() => {
    loadSettings()
    // The setter handed to a promise: whatever the server says.
    Taro.getStorage({ key: 'ads' }).then((res) => res.data).then(setPersonalized)
  }, [])

  return (
    <View className='settings'>
      <View className='cell'>
        <Text>接收营销短信和优惠推送</Text>
        {/* ok: consent-prechecked */}
        <Switch checked={marketing} onChange={(e) => setMarketing(e.detail.value)} />
      </View>
      <View className='cell'>
        <Text>个性化广告推荐</Text>
        {/* ok: consent-prechecked */}
        <Switch checked={personalized} onChange={(e) => setPersonalized(e.detail.value)} />
      </View>
      <View className='cell'>
        <Text>同意将我的使用数据共享给合作伙伴</Text>
        {/* Set only when the user taps: on at first render. */}
        {/* expect: consent-prechecked */}
        <Switch checked={shareData} onChange={(e) => setShareData(e.detail.value)} />
      </View>
      <View className='cell'>
        <Text>接收优惠活动短信</Text>
        {/* expect: consent-prechecked */}
        <Switch checked={smsOffers} onChange={() => setSmsOffers((on) => !on)} />
      </View>
      <View className='cell'>
        <Text>允许个性化广告追踪</Text>
        {/* expect: consent-prechecked */}
        <Switch checked={adTracking} onChange={(e) => setAdTracking(e.detail.value)} />
      </View>
    </View>
  )
}

// A class page whose componentDidShow updates state from the route with an updater function.
export default class AgreementPage extends Component {
  state = { agreed: true }

  componentDidShow() {
    const { from } = getCurrentInstance().router?.params || {}
    this.setState((prev) => ({ ...prev, agreed: from === 'invite' }))
  }

  render() {
    return (
      <View className='agree'>
        {/* ok: consent-prechecked */}
        <Checkbox value='agree' checked={this.state.agreed}>我已阅读并同意《用户协议》</Checkbox>
      </View>
    )
  }
}

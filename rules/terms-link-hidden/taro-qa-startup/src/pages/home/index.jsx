import { useState, useEffect } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { View, Text, Button } from '@tarojs/components'
import './index.scss'

export default function Home() {
  const [showPrivacy, setShowPrivacy] = useState(false)
  const [showBanner, setShowBanner] = useState(false)
  const [showOld] = useState(false)

  useEffect(() => {
    if (!Taro.getStorageSync('agreed')) {
      setShowPrivacy(true)
    }
  }, [])

  useDidShow(() => {
    setShowBanner(true)
  })

  return (
    <View className='home'>
      {showPrivacy && (
        <View className='privacy'>
          {/* ok: terms-link-hidden */}
          <Text>欢迎使用，请阅读《隐私政策》</Text>
          <Button onClick={() => setShowPrivacy(false)}>同意</Button>
        </View>
      )}
      {showBanner ? (
        // ok: terms-link-hidden
        <Text className='banner'>《用户协议》已更新</Text>
      ) : null}
      {showOld && (
        // expect: terms-link-hidden
        <Text>《旧版服务条款》</Text>
      )}
      {/* ok: legal-text-small */}
      <Text className='tip'>登录即同意《用户协议》</Text>
      {/* expect: legal-text-small */}
      <Text className='tip tip--mini'>登录即同意《隐私政策》</Text>
    </View>
  )
}

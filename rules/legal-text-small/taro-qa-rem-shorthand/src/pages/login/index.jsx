import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import './index.scss'

export default function Login() {
  return (
    <View className='footer'>
      {/* 0.7rem of the page's 40 design px (20px): 14px */}
      {/* ok: legal-text-small */}
      <Text className='tip'>登录即代表同意《用户协议》</Text>
      {/* the shorthand's 20 design px: 10px */}
      {/* expect: legal-text-small */}
      <Text className='fine'>未满14周岁请在监护人同意后阅读《儿童隐私保护指引》</Text>
      {/* Taro.pxTransform(20) at design width 750: 20rpx, 10px */}
      {/* expect: legal-text-small */}
      <Text style={{ fontSize: Taro.pxTransform(20) }}>开通即同意《自动续费服务协议》</Text>
      {/* ok: legal-text-small */}
      <Text style={{ fontSize: Taro.pxTransform(28) }}>我已阅读并同意《隐私政策》</Text>
    </View>
  )
}

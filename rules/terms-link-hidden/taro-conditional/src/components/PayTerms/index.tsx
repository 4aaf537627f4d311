import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'

const open = (doc: string) => Taro.navigateTo({ url: `/pages/legal/index?doc=${doc}` })

// One line per payment kind: a use picks its variant.
export default function PayTerms({ type }: { type: 'renew' | 'once' }) {
  return (
    <View className='pay-terms'>
      {type === 'renew' ? (
        <Text onClick={() => open('renew')}>开通即同意《连续包月服务协议》</Text>
      ) : (
        <Text onClick={() => open('member')}>支付即同意《会员服务协议》</Text>
      )}
    </View>
  )
}

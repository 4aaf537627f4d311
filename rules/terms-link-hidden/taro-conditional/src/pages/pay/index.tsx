import { View, Navigator } from '@tarojs/components'

const PAY_DOCS = [
  { title: '《用户协议》', doc: 'user' },
  { title: '《隐私政策》', doc: 'privacy' },
  { title: '《支付服务协议》', doc: 'pay' }
]

// A use that shows every link: nothing is hidden (pages/cashier has the uses that hide some).
function PayLinks({ limit }: { limit: number }) {
  return (
    <View className='pay-links'>
      {PAY_DOCS.map((item, index) => index < limit && (
        <Navigator key={item.doc} url={`/pages/legal/index?doc=${item.doc}`}>{item.title}</Navigator>
      ))}
    </View>
  )
}

export default function Pay() {
  return (
    <View className='pay'>
      {/* ok: terms-link-hidden */}
      <PayLinks limit={3} />
    </View>
  )
}

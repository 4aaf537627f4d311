// A privacy centre's FAQ and a checkout: taps that flip state and elements that read it, but no box.
// Accordions start open, and their titles name personal data; a pre-applied coupon mentions a promotion.
import { useState } from 'react'
import { View, Text, Image } from '@tarojs/components'

export default function Faq() {
  const [open, setOpen] = useState(true)
  const [statsOpen, setStatsOpen] = useState(true)
  const [details, setDetails] = useState(true)
  const [useCoupon, setUseCoupon] = useState(true)
  return (
    <View className='faq'>
      {/* ok: consent-prechecked */}
      <View className='faq-title' onClick={() => setOpen(!open)}>
        <Text>我的个人信息会被共享给第三方吗？</Text>
        <Text className='arrow'>{open ? '▲' : '▼'}</Text>
      </View>
      {open && <Text className='answer'>不会。我们仅在您授权后向合作伙伴提供必要信息。</Text>}
      {/* ok: consent-prechecked */}
      <View className='card-header' onClick={() => setStatsOpen(!statsOpen)}>
        <Text>今日统计数据</Text>
        <Text>{statsOpen ? '收起' : '展开'}</Text>
      </View>
      {/* ok: consent-prechecked */}
      <Text className='more' onClick={() => setDetails(!details)}>查看详情</Text>
      {details && <Text>我们仅在您授权后获取位置信息，用于推荐附近门店。</Text>}
      {/* ok: consent-prechecked */}
      <View className='coupon-row' onClick={() => setUseCoupon(!useCoupon)}>
        <Image src={useCoupon ? '/images/radio-on.png' : '/images/radio-off.png'} />
        <Text>使用优惠券：满199减20（促销活动）</Text>
      </View>
    </View>
  )
}

import { View, Navigator, Text } from '@tarojs/components'
import './index.scss'

// Footer links from a constant: the item whose `show` is false renders with the hiding class.
const FOOTER_LINKS = [
  { text: '《用户协议》', url: '/pages/legal/index?doc=user', show: true },
  { text: '《隐私保护声明》', url: '/pages/legal/index?doc=statement', show: false },
  { text: '联系客服', url: '/pages/service/index', show: false }
]

const ABOUT_LINKS = [
  { text: '《个人信息收集清单》', url: '/pages/legal/index?doc=collected' },
  { text: '《第三方信息共享清单》', url: '/pages/legal/index?doc=shared' }
]

// A callback that returns early for the items it leaves out: the third is never rendered.
const MINE_LINKS = [
  { title: '《隐私政策》', url: '/pages/legal/index?doc=privacy', visible: true },
  { title: '《用户协议》', url: '/pages/legal/index?doc=user', visible: true },
  { title: '《第三方SDK目录》', url: '/pages/legal/index?doc=sdk', visible: false }
]

export default function Footer() {
  return (
    <View className='footer'>
      {FOOTER_LINKS.map((link) => (
        // expect: terms-link-hidden
        <Navigator
          key={link.url}
          className={link.show ? 'footer-link' : 'footer-link footer-link--hidden'}
          url={link.url}
        >
          {link.text}
        </Navigator>
      ))}
      {ABOUT_LINKS.map((link, index) => (
        // ok: terms-link-hidden
        <Navigator key={index} className={index < 2 ? 'footer-link' : 'footer-link footer-link--hidden'} url={link.url}>
          {link.text}
        </Navigator>
      ))}
      {MINE_LINKS.map((link) => {
        if (!link.visible) {
          return null
        }
        return (
          // expect: terms-link-hidden
          <Navigator key={link.url} className='footer-link' url={link.url}>
            {link.title}
          </Navigator>
        )
      })}
      <Text className='copyright'>© 2024 示例科技</Text>
    </View>
  )
}

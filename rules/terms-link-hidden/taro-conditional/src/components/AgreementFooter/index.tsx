import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'

const open = (doc: string) => Taro.navigateTo({ url: `/pages/legal/index?doc=${doc}` })

// Whether the links show is the page's to say.
export default function AgreementFooter({ showLinks = true }: { showLinks?: boolean }) {
  return (
    <View className='agreement-footer'>
      <Text>登录即同意</Text>
      {showLinks && (
        // ok: terms-link-hidden
        <View className='agreement-footer__links'>
          <Text className='link' onClick={() => open('user')}>《会员用户协议》</Text>
          <Text className='link' onClick={() => open('privacy')}>《会员隐私政策》</Text>
        </View>
      )}
    </View>
  )
}

import { View, Button } from '@tarojs/components'
import AgreementFooter from '../../components/AgreementFooter'

export default function FullLogin() {
  return (
    <View className='full'>
      <Button className='primary'>登录</Button>
      {/* ok: terms-link-hidden */}
      <AgreementFooter />
    </View>
  )
}

import { View, Button } from '@tarojs/components'
import AgreementFooter from '../../components/AgreementFooter'

// The quick-login page turns the footer's links off: the documents it names are not on the screen.
export default function QuickLogin() {
  return (
    <View className='quick'>
      <Button className='primary'>一键登录</Button>
      {/* expect: terms-link-hidden */}
      <AgreementFooter showLinks={false} />
    </View>
  )
}

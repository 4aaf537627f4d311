import { View, Button } from '@tarojs/components'
import PayTerms from '../../components/PayTerms'

// The renewal page shows its own variant: the one-off payment's line is another variant, not a hidden document.
export default function Renew() {
  return (
    <View className='renew'>
      <Button className='primary'>立即开通</Button>
      {/* ok: terms-link-hidden */}
      <PayTerms type='renew' />
    </View>
  )
}

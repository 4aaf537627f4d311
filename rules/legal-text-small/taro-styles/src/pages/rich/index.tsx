import { View, RichText, Button } from '@tarojs/components'

// The renewal notice written as an HTML string for RichText: its size is in the string's inline style.
const RENEW_NOTICE =
  '<div style="font-size:10px;color:#999;">开通即同意《自动续费服务协议》，到期前24小时自动扣费，可随时取消</div>'
const MEMBER_NOTICE = '<div style="font-size:14px;color:#666;">开通即同意《会员服务协议》</div>'

export default function Renew() {
  return (
    <View className='renew'>
      <Button className='renew__btn'>立即开通 ¥15/月</Button>
      {/* expect: legal-text-small */}
      <RichText nodes={RENEW_NOTICE} />
      {/* ok: legal-text-small */}
      <RichText nodes={MEMBER_NOTICE} />
    </View>
  )
}

import { View, Text, Checkbox } from '@tarojs/components'
import Taro from '@tarojs/taro'
import './index.scss'

interface AgreementProps {
  checked: boolean
  onChange: (checked: boolean) => void
}

// The box's state is the page's: alone it is unknown, so nothing is reported here.
const Agreement = ({ checked, onChange }: AgreementProps) => {
  const openDoc = (type: 'user' | 'privacy') => {
    Taro.navigateTo({ url: `/pages/webview/index?type=${type}` })
  }

  return (
    <View className='agreement' onClick={() => onChange(!checked)}>
      {/* ok: consent-prechecked */}
      <Checkbox className='agreement__box' value='agree' checked={checked} />
      <Text className='agreement__text'>我已阅读并同意</Text>
      <Text className='agreement__link' onClick={() => openDoc('user')}>《用户服务协议》</Text>
      <Text className='agreement__link' onClick={() => openDoc('privacy')}>《隐私政策》</Text>
    </View>
  )
}

export default Agreement

import { View, Text, Button } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import './index.scss'

export default function Login() {
  const { t } = useTranslation()
  return (
    <View className='login'>
      <Text>{t('login.greeting', { name: '旅客' })}</Text>
      <Button className='submit'>{t('login.submit')}</Button>
      {/* 20 design px at 750: 10px, and the message is the consent sentence */}
      {/* expect: legal-text-small */}
      <Text className='agree'>{t('login.agree')}</Text>
      {/* a namespace's message */}
      {/* expect: legal-text-small */}
      <Text className='booking-note'>{t('pages:booking.refund')}</Text>
      {/* ok: legal-text-small */}
      <Text className='tip'>{t('pages:booking.tip')}</Text>
      {/* a key no message file has */}
      {/* ok: legal-text-small */}
      <Text className='agree'>{t('login.missing')}</Text>
    </View>
  )
}

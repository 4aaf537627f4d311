import { View, Text, Button } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import './index.scss'

// The page's messages live under pages.json's "booking": bare keys read there.
export default function Booking() {
  const { t } = useTranslation('pages', { keyPrefix: 'booking' })
  return (
    <View className='booking'>
      <Text className='tip'>{t('tip')}</Text>
      <Button className='submit'>预订</Button>
      {/* expect: legal-text-small */}
      <Text className='refund'>{t('refund')}</Text>
    </View>
  )
}

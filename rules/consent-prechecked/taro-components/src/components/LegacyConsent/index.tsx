import { View, Text, Checkbox } from '@tarojs/components'
import type { PropsWithChildren } from 'react'

type Props = PropsWithChildren<{ agreed?: boolean; disabled?: boolean }>

// The label is what the page writes inside the component; the default ticks the box.
export function ConsentBox({ agreed = true, disabled = false, children }: Props) {
  return (
    <View className='consent-box'>
      {/* ok: consent-prechecked */}
      <Checkbox value='consent' checked={agreed} disabled={disabled} />
      <View className='consent-box__label'>{children}</View>
    </View>
  )
}

import { View, Text, Checkbox } from '@tarojs/components'

function MemberOptIn({ checked, onChange }) {
  return (
    <View className='member-opt-in' onClick={() => onChange(!checked)}>
      {/* ok: consent-prechecked */}
      <Checkbox value='member' checked={checked} />
      <Text>同意加入会员并接收会员专享活动短信</Text>
    </View>
  )
}

// Older code gives defaults this way: a use that passes no `checked` gets a ticked box.
MemberOptIn.defaultProps = {
  checked: true,
  onChange: () => {}
}

export default MemberOptIn

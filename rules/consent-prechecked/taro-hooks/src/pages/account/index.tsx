import { useEffect, useReducer } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Checkbox, Label, Button } from '@tarojs/components'

type State = { agreed: boolean; marketing: boolean; submitting: boolean }
type Action = { type: 'toggle'; key: 'agreed' | 'marketing' } | { type: 'loaded'; prefs: Partial<State> }

const initialState: State = { agreed: true, marketing: false, submitting: false }

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'toggle':
      return { ...state, [action.key]: !state[action.key] }
    case 'loaded':
      return { ...state, ...action.prefs }
    default:
      return state
  }
}

// useReducer's initial state is what renders first, as useState's is.
export default function OpenAccount() {
  const [state, dispatch] = useReducer(reducer, initialState)
  return (
    <View className='open-account'>
      <Label className='row'>
        {/* expect: consent-prechecked */}
        <Checkbox value='agree' checked={state.agreed} onClick={() => dispatch({ type: 'toggle', key: 'agreed' })} />
        <Text>我已阅读并同意《开户协议》及《个人信息授权书》</Text>
      </Label>
      <Label className='row'>
        {/* ok: consent-prechecked */}
        <Checkbox value='marketing' checked={state.marketing} onClick={() => dispatch({ type: 'toggle', key: 'marketing' })} />
        <Text>接收理财产品营销信息</Text>
      </Label>
      <Button loading={state.submitting}>立即开户</Button>
    </View>
  )
}

// A dispatch at start-up (the saved choices) makes the state unknown, as a setter's call would.
export function SavedPrefs() {
  const [prefs, dispatch] = useReducer(reducer, { agreed: false, marketing: true, submitting: false })
  useEffect(() => {
    Taro.getStorage({ key: 'prefs' }).then((res) => dispatch({ type: 'loaded', prefs: res.data }))
  }, [])
  return (
    <Label className='row'>
      {/* ok: consent-prechecked */}
      <Checkbox value='marketing' checked={prefs.marketing} />
      <Text>接收理财产品营销信息</Text>
    </Label>
  )
}

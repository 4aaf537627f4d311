// A settings page written as a class component: the switch is drawn with an icon whose `type` reads
// state that a method flips through this.setState.
import { Component } from 'react'
import { View, Text, Icon } from '@tarojs/components'

export default class Settings extends Component {
  state = {
    personalized: true,
    darkMode: true,
    adTracking: false,
  }

  togglePersonalized = () => {
    this.setState({ personalized: !this.state.personalized })
  }

  toggleTracking() {
    this.setState({ adTracking: !this.state.adTracking })
  }

  render() {
    const { darkMode } = this.state
    return (
      <View className='settings'>
        {/* expect: consent-prechecked */}
        <View className='cell' onClick={this.togglePersonalized}>
          <Text>个性化推荐</Text>
          <Icon type={this.state.personalized ? 'success' : 'circle'} size='20' />
        </View>
        {/* ok: consent-prechecked */}
        <View className='cell' onClick={() => this.toggleTracking()}>
          <Text>允许广告追踪</Text>
          <Icon type={this.state.adTracking ? 'success' : 'circle'} size='20' />
        </View>
        {/* ok: consent-prechecked */}
        <View className='cell' onClick={() => this.setState({ darkMode: !darkMode })}>
          <Text>深色模式</Text>
          <Icon type={darkMode ? 'success' : 'circle'} size='20' />
        </View>
      </View>
    )
  }
}

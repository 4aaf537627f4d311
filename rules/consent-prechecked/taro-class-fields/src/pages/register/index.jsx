import Taro, { Component } from '@tarojs/taro'
import { View, Button } from '@tarojs/components'
import { AtCheckbox, AtInput } from 'taro-ui'
import './index.scss'

export default class Register extends Component {
  config = { navigationBarTitleText: '注册' }

  constructor () {
    super(...arguments)
    this.state = {
      phone: '',
      checkedList: ['agreement']
    }
    this.checkboxOption = [{
      value: 'agreement',
      label: '我已阅读并同意《会员服务协议》和《隐私政策》'
    }]
  }

  handleChange (value) {
    this.setState({ checkedList: value })
  }

  submit () {
    if (!this.state.checkedList.includes('agreement')) {
      Taro.showToast({ title: '请先同意协议', icon: 'none' })
    }
  }

  render () {
    return (
      <View className='register'>
        <AtInput name='phone' type='phone' placeholder='手机号码' value={this.state.phone}
          onChange={(phone) => this.setState({ phone })} />
        {/* expect: consent-prechecked */}
        <AtCheckbox
          options={this.checkboxOption}
          selectedList={this.state.checkedList}
          onChange={this.handleChange.bind(this)}
        />
        <Button type='primary' onClick={this.submit.bind(this)}>注册</Button>
      </View>
    )
  }
}

import Taro from '@tarojs/taro'

export function request(url) {
  return Taro.request({ url })
}

// Page copy kept in one module so product can edit it.
export const LOGIN_COPY = {
  title: '欢迎登录',
  agreePrefix: '我已阅读并同意',
  userDoc: '《用户服务协议》',
  privacyDoc: '《隐私政策》',
  marketing: '接收新品上架和优惠活动短信'
}

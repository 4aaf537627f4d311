<view class="login">
  <label>
    <!-- expect: consent-prechecked -->
    <checkbox checked="{{agreed}}" />
    <text>我已阅读并同意《用户协议》</text>
  </label>
  <label>
    <!-- ok: consent-prechecked -->
    <checkbox checked="{{remember}}" />
    <text>记住密码</text>
  </label>
</view>

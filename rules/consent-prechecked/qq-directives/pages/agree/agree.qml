<view class="page">
  <label class="row" qqif="{{showLegacy}}">
    <!-- ok: consent-prechecked -->
    <checkbox checked="{{!agreed}}" />
    <text>同意《旧版隐私政策》</text>
  </label>
  <label class="row" qqelse>
    <!-- expect: consent-prechecked -->
    <checkbox checked="{{agreed}}" />
    <text>我已阅读并同意《隐私政策》</text>
  </label>
</view>

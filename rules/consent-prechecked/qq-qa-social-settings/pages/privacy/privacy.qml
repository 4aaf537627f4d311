<view class="privacy">
  <view class="cell">
    <text>加我为好友时需要我同意</text>
    <!-- ok: consent-prechecked -->
    <switch checked="{{verifyFriend}}" data-key="verifyFriend" bindchange="onSwitch" />
  </view>
  <view class="cell">
    <text>被邀请进群需经我同意</text>
    <!-- ok: consent-prechecked -->
    <switch checked="{{groupInvite}}" data-key="groupInvite" bindchange="onSwitch" />
  </view>
  <view class="cell">
    <text>陌生人发起临时会话须征得本人同意</text>
    <!-- ok: consent-prechecked -->
    <switch checked="{{tempChat}}" data-key="tempChat" bindchange="onSwitch" />
  </view>
  <view class="cell">
    <text>向好友展示我的手机号</text>
    <!-- ok: consent-prechecked -->
    <switch checked="{{showPhone}}" data-key="showPhone" bindchange="onSwitch" />
  </view>
  <view class="cell">
    <text>我同意将通讯录用于好友推荐</text>
    <!-- expect: consent-prechecked -->
    <switch checked="{{recommend}}" data-key="recommend" bindchange="onSwitch" />
  </view>
</view>

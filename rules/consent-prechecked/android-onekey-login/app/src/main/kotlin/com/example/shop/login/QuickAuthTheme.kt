package com.example.shop.login

import com.mobile.auth.gatewayauth.AuthUIConfig

/** Aliyun's page for the checkout flow, configured with Kotlin's apply. */
object QuickAuthTheme {
    fun checkout(): AuthUIConfig = AuthUIConfig.Builder().apply {
        setLogBtnText("本机号码一键登录并支付")
        // expect: consent-prechecked
        setPrivacyState(true)
    }.create()
}

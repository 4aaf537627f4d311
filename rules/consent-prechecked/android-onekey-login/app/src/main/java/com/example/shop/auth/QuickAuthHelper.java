package com.example.shop.auth;

import android.content.Context;

import com.mobile.auth.gatewayauth.AuthUIConfig;
import com.mobile.auth.gatewayauth.PhoneNumberAuthHelper;

/** Aliyun number authentication: returning users who agreed before find the box ticked, new users do not. */
public final class QuickAuthHelper {
    private QuickAuthHelper() {
    }

    public static void configure(Context context, PhoneNumberAuthHelper helper, boolean agreedBefore) {
        AuthUIConfig.Builder builder = new AuthUIConfig.Builder()
                .setAppPrivacyOne("《用户协议》", "https://shop.example.com/terms")
                .setLogBtnText("本机号码一键登录");
        // ok: consent-prechecked
        builder.setPrivacyState(agreedBefore);
        if (agreedBefore) {
            // ok: consent-prechecked
            builder.setPrivacyState(true);
        }
        helper.setAuthUIConfig(builder.create());
    }
}

package com.example.shop.auth;

import com.netease.nis.quicklogin.QuickLogin;
import com.netease.nis.quicklogin.helper.UnifyUiConfig;

/** Yidun's second consent dialog: the page's box starts unticked; agreeing in the dialog ticks it. */
public final class SecondConsent {
    private SecondConsent() {
    }

    static UnifyUiConfig config(Runnable showDialog) {
        return new UnifyUiConfig.Builder()
                .setPrivacyState(false)
                .setLoginBtnText("一键登录")
                .build(null);
    }

    static void onDialogAgreed() {
        // ok: consent-prechecked
        QuickLogin.getInstance().setPrivacyState(true);
    }
}

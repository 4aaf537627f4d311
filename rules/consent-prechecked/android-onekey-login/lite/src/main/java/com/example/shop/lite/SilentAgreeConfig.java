package com.example.shop.lite;

import cn.jiguang.verifysdk.api.JVerifyUIConfig;

/** The JVerify demo's set-up: no box at all, the row reads "登录即同意…"; the SDK then needs the state set. */
public final class SilentAgreeConfig {
    private SilentAgreeConfig() {
    }

    static JVerifyUIConfig build() {
        return new JVerifyUIConfig.Builder()
                .setPrivacyCheckboxHidden(true)
                // ok: consent-prechecked
                .setPrivacyState(true)
                .build();
    }
}

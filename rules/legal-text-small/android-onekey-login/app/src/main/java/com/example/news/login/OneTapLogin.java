package com.example.news.login;

import cn.jiguang.verifysdk.api.JVerifyUIConfig;
import com.netease.nis.quicklogin.helper.UnifyUiConfig;

/** The two carriers' one-tap pages this app configures: JVerify for most users, Yidun as a fallback. */
public final class OneTapLogin {
    private OneTapLogin() {
    }

    static JVerifyUIConfig jverify() {
        return new JVerifyUIConfig.Builder()
                .setLogBtnText("本机号码一键登录")
                .setPrivacyState(false)
                // expect: legal-text-small
                .setPrivacyTextSize(10)
                .build();
    }

    static UnifyUiConfig yidun() {
        return new UnifyUiConfig.Builder()
                .setLoginBtnText("一键登录")
                // ok: legal-text-small
                .setPrivacySize(13)
                .build(null);
    }
}

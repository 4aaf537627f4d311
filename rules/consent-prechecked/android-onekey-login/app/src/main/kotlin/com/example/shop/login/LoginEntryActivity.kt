package com.example.shop.login

import android.os.Bundle
import androidx.appcompat.app.AppCompatActivity
import cn.jiguang.verifysdk.api.JVerificationInterface
import cn.jiguang.verifysdk.api.JVerifyUIConfig
import com.example.shop.R

class LoginEntryActivity : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(R.layout.activity_login_entry)
        findViewById<android.view.View>(R.id.btn_one_key).setOnClickListener { openOneKeyLogin() }
    }

    private fun openOneKeyLogin() {
        val config = JVerifyUIConfig.Builder()
            .setNavText("登录")
            .setLogBtnText("本机号码一键登录")
            .setAppPrivacyOne("用户协议", "https://shop.example.com/terms")
            .setAppPrivacyTwo("隐私政策", "https://shop.example.com/privacy")
            // expect: consent-prechecked
            .setPrivacyState(true)
            .setPrivacyTextSize(12)
            .build()
        JVerificationInterface.setCustomUIWithConfig(config)
        JVerificationInterface.loginAuth(this, null)
    }
}

package com.example.member.sms

import android.widget.CheckBox
import com.example.member.R

class SmsLoginActivity : BaseSmsActivity() {
    override fun layoutId() = R.layout.activity_sms_code

    override fun onFirstVisit() {
        findViewById<CheckBox>(R.id.cb_sms_agree).isChecked = false
    }

    override fun onReturningUser() {
        findViewById<CheckBox>(R.id.cb_sms_agree).isChecked = true
    }
}

package com.example.member.box

import android.os.Bundle
import android.widget.CheckBox
import androidx.appcompat.app.AppCompatActivity
import com.example.member.R

/** The phone-number login: the agreement starts unticked. A quick-login screen extends it. */
open class PhoneLoginActivity : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(R.layout.activity_phone_login)
        findViewById<CheckBox>(R.id.cb_phone_agree).isChecked = false
    }
}

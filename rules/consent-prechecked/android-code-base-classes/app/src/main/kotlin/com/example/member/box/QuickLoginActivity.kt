package com.example.member.box

import android.os.Bundle
import android.widget.CheckBox
import com.example.member.R

/** One-tap login reuses the screen and ticks the agreement for the user. */
class QuickLoginActivity : PhoneLoginActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        findViewById<CheckBox>(R.id.cb_phone_agree).isChecked = true
    }
}

package com.example.news

import android.os.Bundle
import android.widget.CheckBox
import androidx.appcompat.app.AppCompatActivity
import androidx.appcompat.widget.SwitchCompat

class PrivacyChoicesActivity : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(R.layout.activity_privacy_choices)
        findViewById<SwitchCompat>(R.id.sw_personalised_ads).isChecked = true
        findViewById<CheckBox>(R.id.cb_analytics).isChecked = false
    }
}

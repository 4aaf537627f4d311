package com.example.fitness

import android.widget.Switch
import androidx.appcompat.app.AppCompatActivity
import org.androidannotations.annotations.AfterViews
import org.androidannotations.annotations.EActivity
import org.androidannotations.annotations.LongClick
import org.androidannotations.annotations.ViewById

@EActivity(R.layout.activity_settings)
open class SettingsActivity : AppCompatActivity() {

    @ViewById
    lateinit var partnerAds: Switch

    @ViewById(R.id.sw_sms)
    lateinit var smsSwitch: Switch

    @AfterViews fun init() {
        partnerAds.isChecked = true
    }

    @LongClick(R.id.sw_sms)
    fun enableEverything() {
        smsSwitch.isChecked = true
    }
}

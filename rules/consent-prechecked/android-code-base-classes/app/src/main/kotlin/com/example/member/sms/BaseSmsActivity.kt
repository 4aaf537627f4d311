package com.example.member.sms

import android.os.Bundle
import androidx.appcompat.app.AppCompatActivity

abstract class BaseSmsActivity : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(layoutId())
        setUp()
    }

    abstract fun layoutId(): Int

    private fun setUp() {
        // Someone who agreed on an earlier visit is not asked again: which of the two runs is not known here.
        if (getSharedPreferences("account", MODE_PRIVATE).getBoolean("agreed", false)) {
            onReturningUser()
        } else {
            onFirstVisit()
        }
    }

    protected open fun onReturningUser() {}

    protected open fun onFirstVisit() {}
}

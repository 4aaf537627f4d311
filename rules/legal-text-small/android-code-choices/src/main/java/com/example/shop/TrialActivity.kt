package com.example.shop

import android.os.Bundle
import android.widget.TextView
import androidx.appcompat.app.AppCompatActivity

class TrialActivity : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(R.layout.activity_trial)
        val annual = intent.getBooleanExtra("annual", false)
        findViewById<TextView>(R.id.notice).text =
            if (annual) getString(R.string.annual_terms) else getString(R.string.trial_terms)
    }
}

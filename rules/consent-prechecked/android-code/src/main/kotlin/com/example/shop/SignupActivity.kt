package com.example.shop

import android.os.Bundle
import androidx.appcompat.app.AppCompatActivity
import com.example.shop.databinding.ActivitySignupCodeBinding

class SignupActivity : AppCompatActivity() {
    private lateinit var binding: ActivitySignupCodeBinding

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        binding = ActivitySignupCodeBinding.inflate(layoutInflater)
        setContentView(binding.root)
        binding.cbMarketing.isChecked = true
        setupSwitches()
        binding.cbTerms.isChecked = prefs.getBoolean("terms", false)
        binding.cbKeepSignedIn.isChecked = true
        binding.btnAcceptAll.setOnClickListener {
            binding.cbTermsAll.isChecked = true
        }
    }

    private fun setupSwitches() {
        findViewById<SwitchCompat>(R.id.sw_share).setChecked(true)
    }

    override fun onStart() {
        super.onStart()
        binding.cbAnalytics.isChecked = false
    }
}

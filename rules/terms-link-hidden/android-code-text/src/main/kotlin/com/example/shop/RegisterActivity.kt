package com.example.shop

import android.os.Bundle
import androidx.appcompat.app.AppCompatActivity
import androidx.core.text.HtmlCompat
import com.example.shop.databinding.ActivityRegisterBinding

class RegisterActivity : AppCompatActivity() {
    private lateinit var binding: ActivityRegisterBinding

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        binding = ActivityRegisterBinding.inflate(layoutInflater)
        setContentView(binding.root)
        binding.tvPrivacy.text = getString(R.string.privacy_policy)
        binding.tvAgreement.text = HtmlCompat.fromHtml(getString(R.string.agreement_html), HtmlCompat.FROM_HTML_MODE_LEGACY)
        if (intent.getBooleanExtra("vip", false)) {
            binding.tvMaybeTerms.setText(R.string.terms_of_service)
        }
        binding.tvSummary.setOnClickListener {
            binding.tvSummary.setText(R.string.terms_of_service)
        }
    }
}

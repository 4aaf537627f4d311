package com.example.bank

import android.os.Bundle
import android.view.View
import android.widget.CheckBox
import androidx.fragment.app.Fragment
import com.example.bank.databinding.FragmentPrivacyChoicesBinding

class PrivacyChoicesFragment : Fragment(R.layout.fragment_privacy_choices) {
    private lateinit var binding: FragmentPrivacyChoicesBinding

    override fun onViewCreated(view: View, savedInstanceState: Bundle?) {
        super.onViewCreated(view, savedInstanceState)
        binding = FragmentPrivacyChoicesBinding.bind(view)
        view.findViewById<CheckBox>(R.id.cb_newsletter).apply {
            isChecked = true
        }
        binding.cbPartners.run { isChecked = true }
        with(binding.swAds) { setChecked(true) }
        binding.swAnalytics.also { it.isChecked = true }
        binding.cbRemember.apply { isChecked = Prefs.remember }
        binding.root.setOnClickListener {
            binding.swPromo.apply { isChecked = true }
        }
    }
}

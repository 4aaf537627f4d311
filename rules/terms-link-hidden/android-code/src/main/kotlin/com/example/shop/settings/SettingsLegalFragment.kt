package com.example.shop.settings

import android.os.Bundle
import android.view.View
import androidx.core.view.isGone
import androidx.core.view.isVisible
import androidx.fragment.app.Fragment
import com.example.shop.R
import com.example.shop.databinding.FragmentSettingsLegalBinding

class SettingsLegalFragment : Fragment(R.layout.fragment_settings_legal) {
    private var _binding: FragmentSettingsLegalBinding? = null
    private val binding get() = _binding!!

    override fun onViewCreated(view: View, savedInstanceState: Bundle?) {
        super.onViewCreated(view, savedInstanceState)
        _binding = FragmentSettingsLegalBinding.bind(view)
        with(binding) {
            tvSettingsPrivacy.isVisible = true
            tvSettingsEula.isGone = true
        }
        viewModel.showTerms.observe(viewLifecycleOwner) { show ->
            binding.tvSettingsTerms.isVisible = show
        }
    }
}

package com.example.shop

import android.os.Bundle
import android.view.LayoutInflater
import android.view.View
import android.view.ViewGroup
import androidx.fragment.app.Fragment
import com.example.shop.databinding.FragmentQuickLoginBinding

class QuickLoginFragment : Fragment() {
    private var _binding: FragmentQuickLoginBinding? = null
    private val binding get() = _binding!!

    override fun onCreateView(inflater: LayoutInflater, container: ViewGroup?, savedInstanceState: Bundle?): View {
        _binding = FragmentQuickLoginBinding.inflate(inflater, container, false)
        return binding.root
    }

    override fun onViewCreated(view: View, savedInstanceState: Bundle?) {
        super.onViewCreated(view, savedInstanceState)
        binding.tvPrivacy.textSize = 9f
        binding.tvCarrierTerms.apply {
            textSize = 10f
        }
        binding.tvTerms.textSize = resources.getDimension(R.dimen.legal_small)
        binding.tvRenewal.textSize = if (isCompact()) 10f else 14f
    }

    private fun isCompact(): Boolean = resources.configuration.screenWidthDp < 360
}

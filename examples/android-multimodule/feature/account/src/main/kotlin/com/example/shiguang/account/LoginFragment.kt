package com.example.shiguang.account

import android.os.Bundle
import android.view.View
import androidx.core.view.isVisible
import androidx.fragment.app.Fragment
import com.example.shiguang.account.databinding.FragmentLoginBinding

class LoginFragment : Fragment(R.layout.fragment_login) {
    private var _binding: FragmentLoginBinding? = null
    private val binding get() = _binding!!
    private var agreed = true

    override fun onViewCreated(view: View, savedInstanceState: Bundle?) {
        super.onViewCreated(view, savedInstanceState)
        _binding = FragmentLoginBinding.bind(view)
        binding.cbMarketing.isChecked = true
        binding.ivAgree.setOnClickListener {
            agreed = !agreed
            binding.ivAgree.setImageResource(if (agreed) R.drawable.ic_agree_checked else R.drawable.ic_agree_unchecked)
        }
        if (arguments?.getBoolean(ARG_GUEST) == true) {
            binding.tvGuestTerms.isVisible = true
        }
    }

    override fun onDestroyView() {
        super.onDestroyView()
        _binding = null
    }

    companion object {
        const val ARG_GUEST = "guest"
    }
}

package com.example.shop

import com.example.shop.databinding.ActivityTermsGateBinding

class TermsGateActivity : BaseBindingActivity<ActivityTermsGateBinding>() {
    override fun inflate() = ActivityTermsGateBinding.inflate(layoutInflater)

    // Runs in the base class's onCreate, before the user acts.
    override fun initView() {
        binding.cbTermsGate.isChecked = true
    }
}

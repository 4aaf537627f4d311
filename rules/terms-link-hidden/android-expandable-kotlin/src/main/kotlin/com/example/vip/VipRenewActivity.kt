package com.example.vip

import android.os.Bundle
import androidx.appcompat.app.AppCompatActivity
import com.example.vip.databinding.ActivityVipRenewBinding

/** Kotlin's property for setExpanded(boolean)/isExpanded(): expanded before the first frame. */
class VipRenewActivity : AppCompatActivity() {
    private lateinit var binding: ActivityVipRenewBinding
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        binding = ActivityVipRenewBinding.inflate(layoutInflater)
        setContentView(binding.root)
        binding.elTerms.isExpanded = true
    }
}

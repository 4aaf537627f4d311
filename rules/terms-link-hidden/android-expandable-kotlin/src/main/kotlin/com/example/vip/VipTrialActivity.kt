package com.example.vip

import android.os.Bundle
import androidx.appcompat.app.AppCompatActivity
import com.example.vip.databinding.ActivityVipTrialBinding

/** Kotlin's property for setExpansion(float)/getExpansion(): fully open before the first frame. */
class VipTrialActivity : AppCompatActivity() {
    private lateinit var binding: ActivityVipTrialBinding
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        binding = ActivityVipTrialBinding.inflate(layoutInflater)
        setContentView(binding.root)
        binding.elTerms.expansion = 1f
    }
}

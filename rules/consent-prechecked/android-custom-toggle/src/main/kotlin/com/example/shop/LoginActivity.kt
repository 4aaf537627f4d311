package com.example.shop

import android.os.Bundle
import androidx.appcompat.app.AppCompatActivity
import com.example.shop.databinding.ActivityLoginCustomBinding

class LoginActivity : AppCompatActivity() {
    private lateinit var binding: ActivityLoginCustomBinding
    private var agreed = false

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        binding = ActivityLoginCustomBinding.inflate(layoutInflater)
        setContentView(binding.root)
        binding.ivAgreeCode.setOnClickListener {
            agreed = !agreed
            binding.ivAgreeCode.setImageResource(if (agreed) R.drawable.ic_checkbox_checked else R.drawable.ic_checkbox_unchecked)
        }
    }
}

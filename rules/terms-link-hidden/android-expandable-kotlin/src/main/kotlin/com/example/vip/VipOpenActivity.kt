package com.example.vip

import android.os.Bundle
import androidx.appcompat.app.AppCompatActivity
import com.example.vip.databinding.ActivityVipOpenBinding

/** A scope function: expand() on the implicit receiver. */
class VipOpenActivity : AppCompatActivity() {
    private lateinit var binding: ActivityVipOpenBinding
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        binding = ActivityVipOpenBinding.inflate(layoutInflater)
        setContentView(binding.root)
        binding.elTerms.apply {
            expand(false)
        }
    }
}

package com.example.app

import android.animation.ObjectAnimator
import android.os.Bundle
import android.view.View
import androidx.appcompat.app.AppCompatActivity
import com.example.app.databinding.ActivityLoginBinding

class LoginActivity : AppCompatActivity() {
    private lateinit var binding: ActivityLoginBinding

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        binding = ActivityLoginBinding.inflate(layoutInflater)
        setContentView(binding.root)
        ObjectAnimator.ofFloat(binding.tvTerms, "alpha", 0f, 1f).setDuration(300).start()
        ObjectAnimator.ofFloat(binding.tvPrivacy, View.ALPHA, 0f, 1f).start()
        binding.tvTerms.setOnClickListener {
            ObjectAnimator.ofFloat(binding.tvEula, "alpha", 0f, 1f).start()
        }
    }
}

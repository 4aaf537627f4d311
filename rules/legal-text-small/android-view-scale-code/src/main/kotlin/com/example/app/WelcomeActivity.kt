package com.example.app

import android.animation.ObjectAnimator
import android.animation.PropertyValuesHolder
import android.os.Bundle
import android.view.View
import androidx.appcompat.app.AppCompatActivity
import com.example.app.databinding.ActivityWelcomeBinding

class WelcomeActivity : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val binding = ActivityWelcomeBinding.inflate(layoutInflater)
        setContentView(binding.root)
        binding.tvLegal.animate().scaleX(1f).scaleY(1f).setDuration(250).start()
        binding.tvLegalHalf.scaleX = 1f
        binding.tvLegalHalf.scaleY = 1f
        ObjectAnimator.ofPropertyValuesHolder(binding.legalBox, PropertyValuesHolder.ofFloat(View.SCALE_X, 1f),
            PropertyValuesHolder.ofFloat(View.SCALE_Y, 1f)).start()
        binding.tvLegalTap.setOnClickListener { it.animate().scaleX(1f).scaleY(1f) }
        ObjectAnimator.ofFloat(binding.tvLegalSlide, "translationX", -40f, 0f).start()
    }
}

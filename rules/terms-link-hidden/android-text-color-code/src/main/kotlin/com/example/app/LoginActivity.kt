package com.example.app

import android.animation.ArgbEvaluator
import android.animation.ObjectAnimator
import android.animation.ValueAnimator
import android.graphics.Color
import android.os.Bundle
import android.text.util.Linkify
import androidx.appcompat.app.AppCompatActivity
import androidx.core.content.ContextCompat
import androidx.core.widget.TextViewCompat
import com.example.app.databinding.ActivityLoginBinding

class LoginActivity : AppCompatActivity() {
    private lateinit var binding: ActivityLoginBinding

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        binding = ActivityLoginBinding.inflate(layoutInflater)
        setContentView(binding.root)
        binding.tvTerms.setTextColor(ContextCompat.getColor(this, android.R.color.darker_gray))
        ObjectAnimator.ofObject(binding.tvPrivacy, "textColor", ArgbEvaluator(), Color.TRANSPARENT, Color.GRAY)
            .setDuration(300).start()
        TextViewCompat.setTextAppearance(binding.tvEula, R.style.TextAppearance_App_Legal)
        Linkify.addLinks(binding.tvCookies, Linkify.WEB_URLS)
        binding.tvDataPolicy.setTextAppearance(R.style.TextAppearance_App_Legal)
        ValueAnimator.ofArgb(Color.TRANSPARENT, Color.GRAY).apply {
            addUpdateListener { binding.tvRefund.setTextColor(it.animatedValue as Int) }
            start()
        }
        ObjectAnimator.ofFloat(binding.tvLicense, "translationY", 40f, 0f).start()
        binding.tvTerms.setOnClickListener {
            TextViewCompat.setTextAppearance(binding.tvSubscription, R.style.TextAppearance_App_Legal)
        }
    }
}

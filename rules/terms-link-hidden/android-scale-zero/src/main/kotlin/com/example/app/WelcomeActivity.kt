package com.example.app

import android.animation.ObjectAnimator
import android.os.Bundle
import android.widget.TextView
import androidx.appcompat.app.AppCompatActivity

class WelcomeActivity : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(R.layout.activity_welcome)
        val popin = findViewById<TextView>(R.id.tv_legal_popin)
        ObjectAnimator.ofFloat(popin, "scaleX", 0f, 1f).start()
        ObjectAnimator.ofFloat(popin, "scaleY", 0f, 1f).start()
    }
}

package com.example.shop

import android.os.Bundle
import androidx.appcompat.app.AppCompatActivity

class LegalActivity : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(R.layout.activity_legal)
    }
}

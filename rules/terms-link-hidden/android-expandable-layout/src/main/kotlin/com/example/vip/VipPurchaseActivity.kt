package com.example.vip

import android.os.Bundle
import android.widget.TextView
import androidx.appcompat.app.AppCompatActivity
import net.cachapa.expandablelayout.ExpandableLayout

class VipPurchaseActivity : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(R.layout.activity_vip_purchase)
        val terms = findViewById<ExpandableLayout>(R.id.el_terms)
        findViewById<TextView>(R.id.tv_terms_header).setOnClickListener { terms.toggle() }
    }
}

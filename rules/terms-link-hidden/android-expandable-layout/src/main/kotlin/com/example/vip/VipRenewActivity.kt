package com.example.vip

import android.os.Bundle
import androidx.appcompat.app.AppCompatActivity
import net.cachapa.expandablelayout.ExpandableLayout

class VipRenewActivity : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(R.layout.activity_vip_renew)
        findViewById<ExpandableLayout>(R.id.el_terms).expand(false)
    }
}

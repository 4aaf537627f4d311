package com.example.shop

import android.os.Bundle
import android.widget.CheckBox
import android.widget.TextView
import androidx.appcompat.app.AppCompatActivity
import com.example.shop.databinding.ActivityBindingRowsBinding

class BindingRowsActivity : AppCompatActivity() {

    private lateinit var binding: ActivityBindingRowsBinding

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        binding = ActivityBindingRowsBinding.inflate(layoutInflater)
        setContentView(binding.root)
        binding.rowRemember.root.findViewById<TextView>(android.R.id.title).setText(R.string.keep_signed_in)
        binding.rowRemember.root.findViewById<CheckBox>(android.R.id.checkbox).isChecked = true
        binding.rowPartnerOffers.root.findViewById<TextView>(android.R.id.title).setText(R.string.partner_offers)
    }
}

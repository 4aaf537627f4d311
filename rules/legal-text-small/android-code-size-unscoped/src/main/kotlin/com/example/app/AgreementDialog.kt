package com.example.app

import android.app.Dialog
import android.content.Context
import android.os.Bundle
import android.widget.TextView

class AgreementDialog(context: Context) : Dialog(context) {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(R.layout.dialog_agreement)
        findViewById<TextView>(R.id.tv_dialog_terms).textSize = 10f
    }
}

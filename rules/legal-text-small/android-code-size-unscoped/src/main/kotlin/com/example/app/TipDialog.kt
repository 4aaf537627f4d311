package com.example.app

import android.app.Dialog
import android.content.Context
import android.os.Bundle
import android.widget.TextView

/** A reusable tip dialog: the caller passes its layout; its tv_content is a footnote there. */
class TipDialog(context: Context, private val layoutId: Int) : Dialog(context) {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(layoutId)
        findViewById<TextView>(R.id.tv_content).textSize = 10f
    }
}

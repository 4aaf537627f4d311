package com.example.shop

import android.app.Dialog
import android.content.Context
import android.widget.Switch

class NewsletterDialog : Dialog {

    constructor(context: Context) : super(context) {
        setContentView(R.layout.dialog_newsletter)
        findViewById<Switch>(R.id.sw_newsletter).isChecked = true
    }
}

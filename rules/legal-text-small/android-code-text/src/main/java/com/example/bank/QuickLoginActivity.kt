package com.example.bank

import android.os.Bundle
import android.text.Html
import android.text.SpannableString
import android.text.SpannableStringBuilder
import android.text.Spanned
import android.text.method.LinkMovementMethod
import android.text.style.ClickableSpan
import android.view.View
import android.widget.TextView
import androidx.appcompat.app.AppCompatActivity

class QuickLoginActivity : AppCompatActivity() {

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(R.layout.activity_quick_login)
        val agreement = findViewById<TextView>(R.id.tv_agreement)
        val tips = "我已阅读并同意《用户服务协议》和《隐私政策》"
        val span = SpannableString(tips)
        span.setSpan(object : ClickableSpan() {
            override fun onClick(widget: View) = openDocument("terms")
        }, 7, 15, Spanned.SPAN_EXCLUSIVE_EXCLUSIVE)
        agreement.movementMethod = LinkMovementMethod.getInstance()
        agreement.text = span

        val html = "登录即同意《隐私政策》"
        findViewById<TextView>(R.id.tv_agreement_html).text = Html.fromHtml(html, Html.FROM_HTML_MODE_LEGACY)

        val hint = findViewById<TextView>(R.id.tv_hint)
        val builder = SpannableStringBuilder()
        builder.append("登录即同意")
        builder.append("《隐私政策》")
        hint.text = builder
    }

    private fun openDocument(name: String) {}
}

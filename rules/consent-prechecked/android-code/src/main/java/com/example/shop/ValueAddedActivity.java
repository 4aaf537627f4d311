package com.example.shop;

import android.os.Bundle;
import android.text.SpannableString;
import android.text.SpannableStringBuilder;
import android.text.Spanned;
import android.text.style.ForegroundColorSpan;
import android.widget.CheckBox;
import android.widget.TextView;
import androidx.appcompat.app.AppCompatActivity;

public class ValueAddedActivity extends AppCompatActivity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_value_added);
        CheckBox agree = findViewById(R.id.cb_value_added_agree);
        agree.setChecked(true);
        TextView label = findViewById(R.id.tv_value_added_agree);
        SpannableString styled = new SpannableString(getResources().getString(R.string.value_added_agreement));
        styled.setSpan(new ForegroundColorSpan(0xFF1677FF), 7, 15, Spanned.SPAN_EXCLUSIVE_EXCLUSIVE);
        label.setText(styled);

        CheckBox other = findViewById(R.id.cb_builder_agree);
        other.setChecked(true);
        TextView built = findViewById(R.id.tv_builder_agree);
        SpannableStringBuilder text = new SpannableStringBuilder(getString(R.string.builder_prefix));
        text.append(getString(R.string.builder_document));
        built.setText(text);

        CheckBox sms = findViewById(R.id.cb_sms_offers);
        sms.setChecked(true);
        TextView smsLabel = findViewById(R.id.tv_sms_offers);
        SpannableString smsText = SpannableString.valueOf(getText(R.string.sms_offers));
        smsLabel.setText(smsText, TextView.BufferType.SPANNABLE);
    }
}

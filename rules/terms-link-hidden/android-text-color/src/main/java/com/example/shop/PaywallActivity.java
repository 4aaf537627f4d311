package com.example.shop;

import android.os.Bundle;
import android.widget.TextView;
import androidx.appcompat.app.AppCompatActivity;
import androidx.core.content.ContextCompat;

public class PaywallActivity extends AppCompatActivity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_paywall);
        TextView terms = findViewById(R.id.tv_member_agreement);
        terms.setTextColor(ContextCompat.getColor(this, R.color.legal_secondary));
    }
}

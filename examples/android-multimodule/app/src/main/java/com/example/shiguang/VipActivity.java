package com.example.shiguang;

import android.os.Bundle;
import android.view.View;
import android.widget.TextView;
import androidx.appcompat.app.AppCompatActivity;

public class VipActivity extends AppCompatActivity {
    private TextView agreement;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_vip);
        agreement = findViewById(R.id.tv_agreement);
        findViewById(R.id.btn_pay).setOnClickListener(v -> agreement.setVisibility(View.VISIBLE));
    }
}

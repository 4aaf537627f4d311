package com.example.app;

import android.os.Bundle;
import android.widget.TextView;
import androidx.appcompat.app.AppCompatActivity;

public class LoginActivity extends AppCompatActivity {
    private TextView tvAgreement;
    private TextView tvPrivacy;

    /** Called at the end of onCreate, declared above it: the agreement line back to a readable size. */
    private void applyReadableSizes() {
        tvAgreement.setTextSize(14);
        tvPrivacy.setTextSize(10);
    }

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_login);
        tvAgreement = findViewById(R.id.tv_agreement);
        tvPrivacy = findViewById(R.id.tv_privacy);
        tvAgreement.setTextSize(10);
        tvPrivacy.setTextSize(10);
        applyReadableSizes();
    }
}

package com.example.app;

import android.os.Bundle;
import android.widget.TextView;
import androidx.appcompat.app.AppCompatActivity;

/** Every sign-in screen starts with a compact agreement line; a screen may enlarge it after super.onCreate(). */
public abstract class BaseAuthActivity extends AppCompatActivity {
    protected TextView tvAuthAgreement;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_account_login);
        tvAuthAgreement = findViewById(R.id.tv_auth_agreement);
        tvAuthAgreement.setTextSize(10);
    }
}

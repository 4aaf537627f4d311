package com.example.account;

import android.os.Bundle;
import android.view.View;

import androidx.appcompat.app.AppCompatActivity;

/** Resetting a password agrees to nothing: the same layout without the legal lines. */
public class ResetPasswordActivity extends AppCompatActivity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_account);
        findViewById(R.id.tv_privacy).setVisibility(View.GONE);
        findViewById(R.id.tv_terms).setVisibility(View.GONE);
        findViewById(R.id.ll_agreement).setVisibility(View.GONE);
    }
}

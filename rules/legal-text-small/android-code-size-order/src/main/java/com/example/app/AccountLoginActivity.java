package com.example.app;

import android.os.Bundle;

public class AccountLoginActivity extends BaseAuthActivity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        tvAuthAgreement.setTextSize(14);
    }
}

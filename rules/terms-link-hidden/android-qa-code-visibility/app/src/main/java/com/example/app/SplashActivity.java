package com.example.app;

import android.os.Bundle;
import android.view.ViewStub;
import androidx.appcompat.app.AppCompatActivity;

public class SplashActivity extends AppCompatActivity {
    private ViewStub mLegalFooter;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_splash);
        mLegalFooter = findViewById(R.id.legal_footer);
        mLegalFooter.inflate();
    }
}

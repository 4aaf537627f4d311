package com.example.app;

import android.app.Activity;
import android.os.Bundle;
import android.view.View;

public class LegalActivity extends Activity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_welcome);
        View legal = findViewById(R.id.tv_legal_java);
        legal.setScaleX(1f);
        legal.setScaleY(1f);
    }
}

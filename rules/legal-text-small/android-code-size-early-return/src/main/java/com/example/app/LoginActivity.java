package com.example.app;

import android.os.Bundle;
import android.widget.TextView;
import androidx.appcompat.app.AppCompatActivity;

public class LoginActivity extends AppCompatActivity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_login);
        TextView privacy = findViewById(R.id.tv_privacy);
        privacy.setTextSize(10);
        fitSmallScreens();
    }

    /** Only phones narrower than 320dp shrink the agreement line; every other phone keeps the layout's 14sp. */
    private void fitSmallScreens() {
        if (getResources().getConfiguration().screenWidthDp >= 320) {
            return;
        }
        TextView agreement = findViewById(R.id.tv_agreement);
        agreement.setTextSize(10);
    }
}

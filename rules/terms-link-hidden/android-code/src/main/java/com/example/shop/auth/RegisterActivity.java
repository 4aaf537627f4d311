package com.example.shop.auth;

import android.os.Bundle;
import android.view.View;
import android.widget.TextView;
import androidx.appcompat.app.AppCompatActivity;
import com.example.shop.R;

public class RegisterActivity extends AppCompatActivity {
    private TextView termsRow;
    private TextView eula;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_register);
        termsRow = findViewById(R.id.tv_terms_row);
        eula = findViewById(R.id.tv_eula);
        if (getIntent().getBooleanExtra("first_launch", false)) {
            termsRow.setVisibility(View.VISIBLE);
        }
        initViews();
        findViewById(R.id.tv_more).setOnClickListener(v -> eula.setVisibility(View.VISIBLE));
    }

    private void initViews() {
        TextView privacy = findViewById(R.id.tv_privacy_row);
        privacy.setVisibility(View.VISIBLE);
    }

    @Override
    protected void onResume() {
        super.onResume();
        findViewById(R.id.tv_policy_hidden_by_code).setVisibility(View.GONE);
    }
}

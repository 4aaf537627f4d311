package com.example.app;

import android.os.Bundle;
import android.util.TypedValue;
import android.widget.TextView;
import androidx.appcompat.app.AppCompatActivity;
import androidx.core.widget.TextViewCompat;

public class LoginActivity extends AppCompatActivity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_login);
        TextView agreement = findViewById(R.id.tv_agreement);
        agreement.setTextSize(10);
        TextView privacy = findViewById(R.id.tv_privacy);
        privacy.setTextSize(10);
        TextView note = findViewById(R.id.tv_note);
        note.setTextSize(10);
        TextView terms = findViewById(R.id.tv_terms);
        terms.setTextSize(10);
        // From here the view autosizes between 12sp and 16sp (and ignores setTextSize).
        TextViewCompat.setAutoSizeTextTypeUniformWithConfiguration(privacy, 12, 16, 1, TypedValue.COMPLEX_UNIT_SP);
    }

    @Override
    protected void onResume() {
        super.onResume();
        TextView terms = findViewById(R.id.tv_terms);
        terms.setAutoSizeTextTypeWithDefaults(TextView.AUTO_SIZE_TEXT_TYPE_UNIFORM);
    }
}

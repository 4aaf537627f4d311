package com.example.news;

import android.os.Bundle;
import android.widget.RadioGroup;
import androidx.appcompat.app.AppCompatActivity;

public class AdChoiceActivity extends AppCompatActivity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_ad_choice);
        RadioGroup group = findViewById(R.id.rg_ads);
        group.check(R.id.rb_personal);
    }
}

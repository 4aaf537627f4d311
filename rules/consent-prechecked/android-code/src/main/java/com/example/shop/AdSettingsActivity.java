package com.example.shop;

import android.content.SharedPreferences;
import android.os.Bundle;
import android.widget.CheckBox;
import androidx.appcompat.app.AppCompatActivity;

public class AdSettingsActivity extends AppCompatActivity {
    private static final String KEY_PERSONALIZED = "personalized_ads";
    private CheckBox cbPersonalized;
    private CheckBox cbNewsletter;
    private CheckBox cbPartnerOffers;
    private CheckBox cbUsageStats;
    private CheckBox cbFromIntent;
    private boolean shareUsage = true; // 默认选中
    private boolean fromIntent = false;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_ad_settings);
        cbPersonalized = findViewById(R.id.cb_personalized);
        cbNewsletter = findViewById(R.id.cb_newsletter);
        cbPartnerOffers = findViewById(R.id.cb_partner_offers);
        SharedPreferences prefs = getSharedPreferences("ads", MODE_PRIVATE);
        cbPersonalized.setChecked(prefs.getBoolean(KEY_PERSONALIZED, true));
        initViews();
        cbUsageStats = findViewById(R.id.cb_usage_stats);
        cbUsageStats.setChecked(shareUsage);
        cbUsageStats.setOnClickListener(v -> shareUsage = !shareUsage);
        cbFromIntent = findViewById(R.id.cb_from_intent);
        fromIntent = getIntent().getBooleanExtra("marketing", false);
        cbFromIntent.setChecked(fromIntent);
    }

    private void initViews() {
        cbPartnerOffers.setChecked(true);
    }

    // Left over from an old screen: nothing calls it.
    private void init() {
        cbNewsletter.setChecked(true);
    }
}

package com.example.shop;

import android.os.Bundle;
import android.widget.CheckBox;
import androidx.appcompat.app.AppCompatActivity;

import com.example.shop.prefs.SharedPrefHelper;

public class PrivacyActivity extends AppCompatActivity {
    private SharedPrefHelper sharedPref;
    private ShopSettings settings;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_privacy);
        sharedPref = new SharedPrefHelper(getApplicationContext());
        settings = new ShopSettings(this);

        boolean consent = sharedPref.getConsentBool();
        CheckBox checkBox = (CheckBox) findViewById(R.id.cb_consent);
        checkBox.setChecked(consent);
        checkBox.setOnCheckedChangeListener((button, checked) -> sharedPref.setConsentBool(checked));

        ((CheckBox) findViewById(R.id.cb_promotions)).setChecked(isPromotionsOn());
        ((CheckBox) findViewById(R.id.cb_analytics)).setChecked(sharedPref.getAnalyticsBool());
        ((CheckBox) findViewById(R.id.cb_partners)).setChecked(settings.getShareWithPartners());
        ((CheckBox) findViewById(R.id.cb_newsletter_code)).setChecked(settings.wantsNewsletter());
        // The server's answer, through a class of the ads SDK: SoundPrefs.isEnabled() is another class's.
        AdsConsentManager adsConsent = AdsConsentManager.getInstance(this);
        ((CheckBox) findViewById(R.id.cb_server_ads)).setChecked(adsConsent.isEnabled());
    }

    private boolean isPromotionsOn() {
        return getSharedPreferences("shop_prefs", MODE_PRIVATE).getBoolean("promotions", true);
    }
}

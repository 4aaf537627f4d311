package com.example.shop;

import android.content.Context;
import android.util.AttributeSet;
import android.widget.CheckBox;
import android.widget.LinearLayout;

public class ConsentBannerView extends LinearLayout {

    public ConsentBannerView(Context context) {
        this(context, null);
    }

    public ConsentBannerView(Context context, AttributeSet attrs) {
        super(context, attrs);
        inflate(context, R.layout.view_consent_banner, this);
        CheckBox ads = findViewById(R.id.cb_personalised_ads);
        ads.setChecked(true);
        CheckBox analytics = findViewById(R.id.cb_banner_analytics);
        analytics.setChecked(false);
    }
}

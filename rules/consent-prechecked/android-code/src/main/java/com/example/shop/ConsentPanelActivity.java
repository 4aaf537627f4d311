package com.example.shop;

import android.os.Bundle;
import android.view.ViewGroup;
import android.widget.CheckBox;
import androidx.appcompat.app.AppCompatActivity;

public class ConsentPanelActivity extends AppCompatActivity {

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_consent_panel);
        ViewGroup container = findViewById(R.id.consent_container);
        getLayoutInflater().inflate(R.layout.panel_consent_offers, container, true);
        CheckBox offers = container.findViewById(R.id.cb_panel_offers);
        offers.setChecked(true);
    }
}

package com.example.shop;

import android.os.Bundle;
import android.view.View;
import android.widget.CheckBox;
import android.widget.TextView;
import androidx.appcompat.app.AppCompatActivity;

public class PrivacyRowsActivity extends AppCompatActivity {

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_privacy_rows);

        View signedIn = findViewById(R.id.row_signed_in);
        ((TextView) signedIn.findViewById(android.R.id.title)).setText(R.string.keep_signed_in);
        CheckBox signedInBox = signedIn.findViewById(android.R.id.checkbox);
        signedInBox.setChecked(true);

        View share = findViewById(R.id.row_share_usage);
        ((TextView) share.findViewById(android.R.id.title)).setText(R.string.share);
        ((CheckBox) share.findViewById(android.R.id.checkbox)).setChecked(true);

        View ads = findViewById(R.id.row_personalized_ads);
        ((TextView) ads.findViewById(android.R.id.title)).setText(R.string.personalized_ads);
    }
}

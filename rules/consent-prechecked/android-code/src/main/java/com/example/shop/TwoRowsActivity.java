package com.example.shop;

import android.os.Bundle;
import android.view.View;
import android.widget.CheckBox;
import android.widget.TextView;
import androidx.appcompat.app.AppCompatActivity;

public class TwoRowsActivity extends AppCompatActivity {

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_two_rows);
        View haptics = findViewById(R.id.row_haptics);
        ((TextView) haptics.findViewById(android.R.id.title)).setText(R.string.keep_signed_in);
        View offers = findViewById(R.id.row_offers);
        ((TextView) offers.findViewById(android.R.id.title)).setText(R.string.promotions);
        CheckBox first = findViewById(android.R.id.checkbox);
        first.setChecked(true);
    }
}

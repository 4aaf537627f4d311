package com.example.shop;

import android.os.Bundle;
import android.widget.CheckBox;
import androidx.appcompat.app.AppCompatActivity;

public class WrappedBoxActivity extends AppCompatActivity {

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_wrapped_box);
        CheckBox box = findViewById(R.id.cb_wrapped);
        box.setText(getIntent().getStringExtra("label"));
    }
}

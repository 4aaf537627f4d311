package com.example.app;

import android.os.Bundle;
import android.view.View;
import androidx.appcompat.app.AppCompatActivity;
import net.cachapa.expandablelayout.ExpandableLayout;

public class CheckoutActivity extends AppCompatActivity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_checkout);
        final ExpandableLayout docs = findViewById(R.id.el_docs);
        findViewById(R.id.tv_docs_header).setOnClickListener(new View.OnClickListener() {
            @Override public void onClick(View v) { docs.toggle(); }
        });
    }
}

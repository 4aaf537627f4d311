package com.example.app;
import android.os.Bundle;
import android.view.View;
import androidx.appcompat.app.AppCompatActivity;
import net.cachapa.expandablelayout.ExpandableLayout;
public class HelpActivity extends AppCompatActivity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_help);
        final ExpandableLayout a1 = findViewById(R.id.el_a1);
        findViewById(R.id.tv_q1).setOnClickListener(new View.OnClickListener() {
            @Override public void onClick(View v) { a1.toggle(); }
        });
    }
}

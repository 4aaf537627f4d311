package com.example.shop;

import android.os.Bundle;
import android.util.TypedValue;
import android.view.View;
import android.widget.TextView;
import androidx.appcompat.app.AppCompatActivity;

public class RegisterActivity extends AppCompatActivity {
    private static final float TIP_SIZE = 10;

    private TextView tvAgreement;
    private ReadingSettings settings;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_register);
        tvAgreement = findViewById(R.id.tv_agreement);
        initAgreement();
    }

    private void initAgreement() {
        tvAgreement.setTextSize(TypedValue.COMPLEX_UNIT_SP, 9f);
        TextView tip = findViewById(R.id.tv_privacy_tip);
        tip.setTextSize(TIP_SIZE);
        TextView member = findViewById(R.id.tv_member_terms);
        member.setTextSize(TypedValue.COMPLEX_UNIT_DIP, 10);
        TextView login = findViewById(R.id.tv_login_terms);
        login.setTextSize(TypedValue.COMPLEX_UNIT_PX, getResources().getDimension(R.dimen.legal_small));
        TextView grown = findViewById(R.id.tv_grown);
        grown.setTextSize(14);
        TextView pixels = findViewById(R.id.tv_pixels);
        pixels.setTextSize(TypedValue.COMPLEX_UNIT_PX, 24);
        TextView dimenAsSp = findViewById(R.id.tv_dimen_as_sp);
        dimenAsSp.setTextSize(getResources().getDimension(R.dimen.legal_small));
        TextView maybe = findViewById(R.id.tv_maybe);
        if (getResources().getBoolean(R.bool.is_tablet)) {
            maybe.setTextSize(16);
        }
        TextView fromSettings = findViewById(R.id.tv_settings);
        fromSettings.setTextSize(TypedValue.COMPLEX_UNIT_SP, settings.getLegalTextSize());
        TextView autosized = findViewById(R.id.tv_autosized);
        autosized.setTextSize(9);
        TextView custom = findViewById(R.id.tv_custom);
        custom.setTextSize(10);
        final TextView tapped = findViewById(R.id.tv_tapped);
        tapped.setOnClickListener(new View.OnClickListener() {
            @Override
            public void onClick(View v) {
                tapped.setTextSize(9);
            }
        });
    }
}

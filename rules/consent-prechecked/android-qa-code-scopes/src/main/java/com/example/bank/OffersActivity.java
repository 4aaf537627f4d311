package com.example.bank;

import android.os.Bundle;
import android.widget.CheckBox;
import androidx.appcompat.app.AppCompatActivity;
import butterknife.BindView;
import butterknife.ButterKnife;

public class OffersActivity extends AppCompatActivity {
    @BindView(R.id.cb_offers)
    CheckBox offersBox;

    @BindView(R.id.cb_share) CheckBox shareBox;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_offers);
        ButterKnife.bind(this);
        offersBox.setChecked(true);
        if (BuildConfig.SHARE_DEFAULT) {
            shareBox.setChecked(true);
        }
    }
}

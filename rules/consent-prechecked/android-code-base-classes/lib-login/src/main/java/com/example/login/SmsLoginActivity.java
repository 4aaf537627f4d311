package com.example.login;

import android.os.Bundle;
import android.widget.CheckBox;

import androidx.appcompat.app.AppCompatActivity;

import butterknife.BindView;
import butterknife.ButterKnife;

/** A library module: ButterKnife needs R2 ids there (R's are not final). */
public class SmsLoginActivity extends AppCompatActivity {
    @BindView(R2.id.cb_agree)
    CheckBox mAgreeBox;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_sms_login);
        ButterKnife.bind(this);
        mAgreeBox.setChecked(true);
    }
}

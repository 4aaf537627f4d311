package com.example.member.ui;

import android.widget.CheckBox;

import com.example.member.R;
import com.example.member.base.BaseActivity;

public class LoginActivity extends BaseActivity {
    private CheckBox cbProtocol;

    @Override
    protected int getLayoutRes() {
        return R.layout.activity_login;
    }

    @Override
    protected void initView() {
        cbProtocol = findViewById(R.id.cb_protocol);
        cbProtocol.setChecked(true);
    }
}

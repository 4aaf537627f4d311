package com.example.member.ui;

import android.widget.CheckBox;

import com.example.member.R;
import com.example.member.base.BaseActivity;

public class SignupActivity extends BaseActivity {
    @Override
    protected int getLayoutRes() {
        return R.layout.activity_member_signup;
    }

    @Override
    protected void initView() {
    }

    @Override
    protected void fillDebugData() {
        ((CheckBox) findViewById(R.id.cb_signup_agree)).setChecked(true);
    }
}

package com.example.shop;

import android.widget.CheckBox;
import com.example.shop.core.ui.BaseActivity;

public class VipActivity extends BaseActivity {
    @Override
    protected int getLayoutId() {
        return R.layout.activity_vip;
    }

    // Called from the base class's onCreate (in :core:ui): the box is ticked before the user sees it.
    @Override
    protected void initView() {
        CheckBox renew = findViewById(R.id.cb_auto_renew);
        renew.setChecked(true);
    }

    // Not called at start-up by anything: only when the user taps "restore".
    protected void onRestore() {
        CheckBox terms = findViewById(R.id.cb_vip_terms);
        terms.setChecked(true);
    }
}

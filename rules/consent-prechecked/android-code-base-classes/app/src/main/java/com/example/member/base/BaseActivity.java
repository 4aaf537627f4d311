package com.example.member.base;

import android.os.Bundle;

import androidx.annotation.LayoutRes;
import androidx.appcompat.app.AppCompatActivity;

public abstract class BaseActivity extends AppCompatActivity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(getLayoutRes());
        initViewsAndEvents();
    }

    /** Views first, then their listeners: every screen's set-up in one place. */
    private void initViewsAndEvents() {
        initView();
        initListener();
        if (BuildConfig.DEBUG) {
            fillDebugData();  // testers click through: release builds never run it
        }
    }

    protected void fillDebugData() {
    }

    @LayoutRes
    protected abstract int getLayoutRes();

    protected abstract void initView();

    protected void initListener() {
    }
}

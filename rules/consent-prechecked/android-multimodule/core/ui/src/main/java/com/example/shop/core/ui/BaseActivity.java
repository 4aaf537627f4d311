package com.example.shop.core.ui;

import android.os.Bundle;
import androidx.annotation.LayoutRes;
import androidx.appcompat.app.AppCompatActivity;

/** Every screen of the app extends this: it inflates the layout and lets the screen set up its views. */
public abstract class BaseActivity extends AppCompatActivity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(getLayoutId());
        initView();
        initData();
    }

    @LayoutRes
    protected abstract int getLayoutId();

    protected void initView() {
    }

    protected void initData() {
    }
}

package com.example.member.coupon;

import android.os.Bundle;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;

import androidx.fragment.app.Fragment;

public abstract class BaseCouponFragment extends Fragment {
    protected View root;

    @Override
    public View onCreateView(LayoutInflater inflater, ViewGroup container, Bundle savedInstanceState) {
        if (getLayoutId() > 0) {
            root = inflater.inflate(getLayoutId(), container, false);
            initView();
        }
        return root;
    }

    protected abstract int getLayoutId();

    protected abstract void initView();
}

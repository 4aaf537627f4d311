package com.example.member.coupon;

import android.widget.CheckBox;

import com.example.member.R;

public class CouponFragment extends BaseCouponFragment {
    @Override
    protected int getLayoutId() {
        return R.layout.fragment_coupon;
    }

    @Override
    protected void initView() {
        CheckBox share = root.findViewById(R.id.cb_coupon_share);
        share.setChecked(true);
    }
}

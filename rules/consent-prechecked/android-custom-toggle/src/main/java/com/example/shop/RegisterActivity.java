package com.example.shop;

import android.os.Bundle;
import android.view.View;
import android.widget.ImageView;
import androidx.appcompat.app.AppCompatActivity;
import butterknife.BindView;
import butterknife.ButterKnife;
import butterknife.OnClick;

public class RegisterActivity extends AppCompatActivity {
    @BindView(R.id.iv_choose) ImageView ivChoose;
    @BindView(R.id.iv_marketing) ImageView ivMarketing;
    private boolean agreed = true;
    private boolean marketing = true;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_register_custom);
        ButterKnife.bind(this);
        findViewById(R.id.lin_marketing).setOnClickListener(v -> {
            marketing = !marketing;
            ivMarketing.setImageResource(marketing ? R.mipmap.icon_checked : R.mipmap.icon_unchecked);
        });
    }

    @OnClick({R.id.iv_choose, R.id.tv_agreement})
    public void onViewClicked(View view) {
        agreed = !agreed;
        ivChoose.setImageResource(agreed ? R.mipmap.icon_agree_checked : R.mipmap.icon_agree_normal);
    }
}

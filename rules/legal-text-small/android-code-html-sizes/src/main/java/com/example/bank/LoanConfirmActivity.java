package com.example.bank;

import android.os.Bundle;
import android.text.Html;
import android.widget.TextView;
import androidx.appcompat.app.AppCompatActivity;

public class LoanConfirmActivity extends AppCompatActivity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_loan_confirm);
        TextView big = findViewById(R.id.tv_notice_big);
        big.setText(Html.fromHtml("<big>借款费用仅供参考,确认即表示同意《借款协议》</big>"));
        TextView heading = findViewById(R.id.tv_notice_heading);
        heading.setText(Html.fromHtml("<h2>确认即表示同意《个人征信授权书》</h2>"));
        TextView custom = findViewById(R.id.tv_notice_custom);
        custom.setText(Html.fromHtml("确认即表示同意<agreement>《委托扣款协议》</agreement>", null, new AgreementTagHandler()));
        TextView colored = findViewById(R.id.tv_notice_colored);
        colored.setText(Html.fromHtml("确认即表示同意<font color='#FF6600'>《借款协议》</font>"));
    }
}

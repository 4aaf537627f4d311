package com.example.bank;

import android.os.Bundle;
import android.text.Html;
import android.util.TypedValue;
import android.widget.TextView;
import androidx.appcompat.app.AppCompatActivity;

public class LoanActivity extends AppCompatActivity {
    private LoanViewModel viewModel;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_loan);
        TextView terms = findViewById(R.id.tv_loan_terms);
        terms.setText(R.string.loan_terms);
        TextView finePrint = findViewById(R.id.tv_fine_print);
        finePrint.setText("Cancel within 14 days under the Terms and Conditions");
        TextView rate = findViewById(R.id.tv_rate);
        rate.setText(viewModel.getRateText());
        String notice = "以上费用仅供参考,确认即表示同意<font color='#ff6600'>《借款协议》</font>";
        TextView confirm = findViewById(R.id.tv_confirm_notice);
        confirm.setText(Html.fromHtml(notice));
        TextView consent = findViewById(R.id.tv_consent);
        consent.setTextSize(TypedValue.COMPLEX_UNIT_SP, 14f);
    }
}

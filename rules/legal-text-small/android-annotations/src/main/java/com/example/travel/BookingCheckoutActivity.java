package com.example.travel;

import android.widget.TextView;
import androidx.appcompat.app.AppCompatActivity;
import org.androidannotations.annotations.AfterViews;
import org.androidannotations.annotations.Bean;
import org.androidannotations.annotations.Click;
import org.androidannotations.annotations.EActivity;
import org.androidannotations.annotations.ViewById;

@EActivity(R.layout.activity_booking_checkout)
public class BookingCheckoutActivity extends AppCompatActivity {

    @Bean
    BookingSession session;

    @ViewById
    TextView tos;

    @ViewById(R.id.tv_refund_terms)
    TextView refundTerms;

    @ViewById(resName = "tv_renewal_note")
    protected TextView renewalNote;

    @ViewById
    TextView fareRules;

    @ViewById
    TextView insuranceNote;

    @ViewById
    TextView paymentBadge;

    @AfterViews
    void showTerms() {
        tos.setText(R.string.checkout_tos);
        refundTerms.setText(R.string.refund_terms);
        bindRenewal();
        if (session.hasTripProtection()) {
            insuranceNote.setText(R.string.renewal_note);
        }
        paymentBadge.setText(R.string.secure_payment);
    }

    private void bindRenewal() {
        renewalNote.setText(R.string.renewal_note);
    }

    @Click
    void fareRulesClicked() {
        fareRules.setText(R.string.fare_rules_full);
    }

    @Click(R.id.pay)
    void onPay() {
        session.pay();
    }
}

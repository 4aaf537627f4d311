package com.example.fitness;

import android.widget.CheckBox;
import android.widget.ImageView;
import androidx.appcompat.app.AppCompatActivity;
import org.androidannotations.annotations.AfterViews;
import org.androidannotations.annotations.CheckedChange;
import org.androidannotations.annotations.Click;
import org.androidannotations.annotations.EActivity;
import org.androidannotations.annotations.ViewById;

@EActivity(R.layout.activity_registration)
public class RegistrationActivity extends AppCompatActivity {

    @ViewById(R.id.cb_marketing_email)
    CheckBox marketingEmail;

    @ViewById
    CheckBox newsletter;

    @ViewById
    CheckBox shareActivity;

    @ViewById(R.id.cb_sms_offers)
    CheckBox smsOffers;

    @ViewById
    ImageView analyticsTick;

    private boolean newsletterWanted = true;
    private boolean analyticsOn = true;

    @AfterViews
    void setUpConsents() {
        marketingEmail.setChecked(true);
        newsletter.setChecked(newsletterWanted);
    }

    @Click
    void selectAllClicked() {
        shareActivity.setChecked(true);
        marketingEmail.setChecked(true);
    }

    @Click(R.id.newsletter)
    void toggleNewsletter() {
        newsletterWanted = !newsletterWanted;
    }

    @CheckedChange(R.id.acceptTerms)
    void termsChanged(boolean checked) {
        smsOffers.setChecked(checked);
    }

    @Click
    void analyticsTickClicked() {
        analyticsOn = !analyticsOn;
        analyticsTick.setImageResource(analyticsOn ? R.drawable.ic_tick_checked : R.drawable.ic_tick_unchecked);
    }
}

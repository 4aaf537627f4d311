package com.example.shop;

import android.os.Bundle;
import android.widget.TextView;
import androidx.appcompat.app.AppCompatActivity;

public class CheckoutActivity extends AppCompatActivity {
    private CheckoutViewModel viewModel;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_checkout);
        boolean wallet = getIntent().getBooleanExtra("wallet", false);
        TextView tos = findViewById(R.id.tv_tos);
        tos.setText(wallet ? R.string.tos_wallet : R.string.tos_card);
        TextView banner = findViewById(R.id.tv_banner);
        banner.setText(viewModel.isMember() ? R.string.member_perks : R.string.tos_card);
        int renewalText = R.string.renewal_terms;
        TextView renewal = findViewById(R.id.tv_renewal);
        renewal.setText(getString(renewalText));
        int footerText = R.string.tos_card;
        if (wallet) {
            footerText = R.string.tos_wallet;
        }
        TextView footer = findViewById(R.id.tv_footer);
        footer.setText(footerText);
        int perkText = R.string.tos_card;
        if (viewModel.isMember()) {
            perkText = R.string.member_perks;
        }
        TextView perk = findViewById(R.id.tv_perk);
        perk.setText(perkText);
        TextView promo = findViewById(R.id.tv_promo);
        promo.setText(wallet ? getString(R.string.tos_wallet) : viewModel.getPromoText());
    }
}

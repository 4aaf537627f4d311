package com.example.shop;

import android.R;
import android.app.Dialog;
import android.content.Context;
import android.widget.CheckBox;

/** An IDE auto-imported android.R here: the bare R below is the framework's, the layout is named in full. */
public class AdsChoiceDialog extends Dialog {

    public AdsChoiceDialog(Context context) {
        super(context);
        setContentView(com.example.shop.R.layout.dialog_ads_choice);
        CheckBox personalised = findViewById(R.id.checkbox);
        personalised.setChecked(true);
    }
}

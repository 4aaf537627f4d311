package com.example.shop;

import android.app.Dialog;
import android.content.Context;
import android.widget.CheckBox;

/** Asks before sharing usage data; the framework checkbox id lets a base dialog style find it. */
public class ShareDataDialog extends Dialog {

    public ShareDataDialog(Context context) {
        super(context);
        setContentView(R.layout.dialog_share_data);
        CheckBox share = findViewById(android.R.id.checkbox);
        share.setChecked(true);
    }
}

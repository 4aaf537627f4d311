package com.example.shop;

import android.app.AlertDialog;
import android.content.Context;
import android.view.LayoutInflater;
import android.view.View;
import android.widget.CheckBox;

public final class DataSharingPrompt {

    private DataSharingPrompt() {}

    public static void show(Context context, boolean emailReceipts) {
        View content = LayoutInflater.from(context).inflate(R.layout.dialog_data_sharing, null);
        CheckBox partners = content.findViewById(R.id.cb_share_partners);
        partners.setChecked(true);
        CheckBox receipts = content.findViewById(R.id.cb_share_receipts);
        receipts.setChecked(emailReceipts);
        new AlertDialog.Builder(context)
                .setTitle("Before you continue")
                .setView(content)
                .setPositiveButton("Continue", null)
                .show();
    }
}

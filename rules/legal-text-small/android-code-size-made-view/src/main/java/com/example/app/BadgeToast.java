package com.example.app;

import android.content.Context;
import android.widget.LinearLayout;
import android.widget.TextView;
import android.widget.Toast;

/** A small toast built entirely in code: its TextView is created here, in no layout. */
public class BadgeToast {
    private final Toast toast;
    private final TextView tvContent;

    public BadgeToast(Context context) {
        LinearLayout root = new LinearLayout(context);
        tvContent = new TextView(context);
        tvContent.setTextSize(10);
        root.addView(tvContent);
        toast = new Toast(context);
        toast.setView(root);
    }

    public void show(CharSequence message) {
        tvContent.setText(message);
        toast.show();
    }
}

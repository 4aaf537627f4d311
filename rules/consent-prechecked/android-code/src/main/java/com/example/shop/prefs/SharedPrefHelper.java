package com.example.shop.prefs;

import android.content.Context;
import android.content.SharedPreferences;

import com.example.shop.R;

/** Saved settings behind getters (the shape of Simprints' SharedPrefHelper). */
public class SharedPrefHelper {
    private final Context context;
    private final SharedPreferences sharedPref;

    public SharedPrefHelper(Context context) {
        this.context = context;
        sharedPref = context.getSharedPreferences("shop_prefs", Context.MODE_PRIVATE);
    }

    public Boolean getConsentBool() {
        return sharedPref.getBoolean(context.getString(R.string.pref_consent_bool), true);
    }

    public boolean getAnalyticsBool() {
        return sharedPref.getBoolean("analytics", false);
    }

    public void setConsentBool(boolean value) {
        sharedPref.edit().putBoolean(context.getString(R.string.pref_consent_bool), value).apply();
    }
}

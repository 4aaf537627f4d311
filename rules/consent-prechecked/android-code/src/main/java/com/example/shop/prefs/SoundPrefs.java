package com.example.shop.prefs;

import android.content.SharedPreferences;

/** Another class with a saved setting behind a getter of a common name. */
public class SoundPrefs {
    private final SharedPreferences prefs;

    public SoundPrefs(SharedPreferences prefs) {
        this.prefs = prefs;
    }

    public boolean isEnabled() {
        return prefs.getBoolean("sound", true);
    }
}

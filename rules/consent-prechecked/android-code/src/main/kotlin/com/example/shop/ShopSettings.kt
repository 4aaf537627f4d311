package com.example.shop

import android.content.Context

/** Saved settings as Kotlin properties with getters. */
class ShopSettings(context: Context) {
    private val prefs = context.getSharedPreferences("shop_settings", Context.MODE_PRIVATE)

    val shareWithPartners: Boolean
        get() = prefs.getBoolean("share_with_partners", true)

    fun wantsNewsletter(): Boolean = prefs.getBoolean("newsletter", false)
}

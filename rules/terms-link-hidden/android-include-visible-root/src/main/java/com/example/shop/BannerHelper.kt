package com.example.shop

import android.view.LayoutInflater
import android.view.ViewGroup

object BannerHelper {
    fun addBanner(parent: ViewGroup) {
        LayoutInflater.from(parent.context).inflate(R.layout.view_policy_banner, parent, true)
    }
}

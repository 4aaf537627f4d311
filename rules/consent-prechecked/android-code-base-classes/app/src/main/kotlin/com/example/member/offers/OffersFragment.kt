package com.example.member.offers

import android.view.View
import android.widget.CheckBox
import com.example.member.R

class OffersFragment : BaseFragment() {
    override fun layoutId() = R.layout.fragment_offers

    override fun initView(root: View) {
        root.findViewById<CheckBox>(R.id.cb_offers).isChecked = true
    }
}

package com.example.member.offers

import android.os.Bundle
import android.view.LayoutInflater
import android.view.View
import android.view.ViewGroup
import androidx.fragment.app.Fragment

abstract class BaseFragment : Fragment() {
    private var rootView: View? = null

    override fun onCreateView(inflater: LayoutInflater, container: ViewGroup?, savedInstanceState: Bundle?): View? {
        // Built once and kept across tab switches: the guard passes on the first render.
        if (rootView == null) {
            rootView = inflater.inflate(layoutId(), container, false)
            initView(rootView!!)
        }
        return rootView
    }

    abstract fun layoutId(): Int

    abstract fun initView(root: View)
}

package com.example.app

import android.view.View

fun View.show() { visibility = View.VISIBLE }
fun View.visible() { this.visibility = View.VISIBLE }

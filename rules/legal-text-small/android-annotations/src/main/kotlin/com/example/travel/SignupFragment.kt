package com.example.travel

import android.widget.EditText
import android.widget.TextView
import androidx.fragment.app.Fragment
import org.androidannotations.annotations.AfterViews
import org.androidannotations.annotations.Click
import org.androidannotations.annotations.EFragment
import org.androidannotations.annotations.ViewById

@EFragment(R.layout.fragment_signup)
open class SignupFragment : Fragment() {

    @ViewById
    protected lateinit var email: EditText

    @ViewById(R.id.tv_signup_terms)
    protected lateinit var signupTerms: TextView

    @ViewById
    protected lateinit var privacyNote: TextView

    @AfterViews
    fun setUpTerms() {
        signupTerms.text = getString(R.string.signup_terms)
        email.requestFocus()
    }

    @Click
    fun privacyNoteClicked() {
        privacyNote.setText(R.string.privacy_full)
    }
}

package com.example.app;

import android.animation.ArgbEvaluator;
import android.animation.ObjectAnimator;
import android.graphics.Color;
import android.os.Bundle;
import android.text.util.Linkify;
import android.widget.TextView;
import androidx.appcompat.app.AppCompatActivity;
import androidx.core.text.util.LinkifyCompat;

public class SignupActivity extends AppCompatActivity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_signup);
        TextView tvTerms = findViewById(R.id.tv_signup_terms);
        TextView tvPrivacy = findViewById(R.id.tv_signup_privacy);
        TextView tvEula = findViewById(R.id.tv_signup_eula);
        ObjectAnimator.ofArgb(tvTerms, "textColor", Color.TRANSPARENT, Color.GRAY).start();
        LinkifyCompat.addLinks(tvPrivacy, Linkify.WEB_URLS);
        tvEula.setTextAppearance(this, R.style.TextAppearance_App_Legal);
    }
}

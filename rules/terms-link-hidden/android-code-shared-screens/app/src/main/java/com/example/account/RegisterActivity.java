package com.example.account;

import android.os.Bundle;
import android.view.View;

import androidx.appcompat.app.AppCompatActivity;
import androidx.recyclerview.widget.RecyclerView;

/** Registration: the privacy link and the agreement row are shown; the terms link is hidden on both screens. */
public class RegisterActivity extends AppCompatActivity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_account);
        findViewById(R.id.tv_privacy).setVisibility(View.VISIBLE);
        findViewById(R.id.tv_terms).setVisibility(View.GONE);
    }

    /** The recent-accounts list: an inner class extending a library class is no base class of a screen. */
    static class ViewHolder extends RecyclerView.ViewHolder {
        ViewHolder(View item) {
            super(item);
        }
    }
}

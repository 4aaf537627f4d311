package com.example.app;

import android.os.Bundle;
import android.view.View;
import androidx.appcompat.app.AppCompatActivity;
import com.example.app.databinding.ActivityJavaBinding;

public class JavaActivity extends AppCompatActivity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        ActivityJavaBinding binding = ActivityJavaBinding.inflate(getLayoutInflater());
        setContentView(binding.getRoot());
        binding.footerLegal.getRoot().setVisibility(View.VISIBLE);
    }
}

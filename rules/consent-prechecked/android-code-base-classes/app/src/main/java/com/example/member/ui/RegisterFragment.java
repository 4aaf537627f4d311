package com.example.member.ui;

import android.widget.Toast;

import com.example.member.databinding.FragmentRegisterBinding;
import com.xuexiang.xpage.annotation.Page;
import com.xuexiang.xpage.base.XPageFragment;

@Page(name = "注册")
public class RegisterFragment extends XPageFragment {
    private FragmentRegisterBinding binding;

    @Override
    protected int getLayoutId() {
        return R.layout.fragment_register;
    }

    @Override
    protected void initViews() {
        binding = FragmentRegisterBinding.bind(getRootView());
    }

    @Override
    protected void initListeners() {
        binding.cbProtocol.setChecked(true);
        binding.etPhone.setOnClickListener(v -> Toast.makeText(getContext(), "请输入手机号", Toast.LENGTH_SHORT).show());
    }
}

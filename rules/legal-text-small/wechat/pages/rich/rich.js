Page({
  data: {
    agreeHtml: '<div class="agree">登录即代表您已阅读并同意《用户服务协议》和《隐私政策》</div>',
    renewNodes: [
      {
        name: 'p',
        attrs: { style: 'font-size: 10px; color: #999;' },
        children: [{ type: 'text', text: '到期按每月25元自动续费，可随时取消' }],
      },
    ],
  },
})

Page({
  data: {
    // The popup's body: a small grey wrapper, the links and the key sentence re-sized to 15px inside it.
    notice: '<div style="font-size:10px;color:#999;line-height:1.6"><p style="font-size:15px;color:#333">请您务必审慎阅读《用户服务协议》与《隐私政策》的各项条款</p></div>',
    body: [{ name: 'section', attrs: { style: 'font-size: 11px' }, children: [
      { name: 'h3', attrs: { style: 'font-size: 16px' }, children: [{ type: 'text', text: '隐私政策摘要' }] },
      { name: 'p', attrs: { style: 'font-size: 15px' }, children: [{ type: 'text', text: '我们会收集您的手机号用于登录，详见《隐私政策》全文。' }] },
    ] }],
  },
})

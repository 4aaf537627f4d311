"""Mini-programs (WeChat, Alipay, Baidu, ByteDance, QQ, Kuaishou): one frontend, a dialect table."""

"""Mini-programs (WeChat, Alipay, Baidu, ByteDance, QQ, Kuaishou, JD): one frontend, a dialect table."""

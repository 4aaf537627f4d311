"""Word pools shared by the corpus generators.

Realistic text matters for the benchmark: the linter's label matching runs lexicon look-ups over every string it
resolves, so strings must look like UI copy (English and Simplified Chinese), and the consent/legal phrases must be
the ones the rule lexicons are meant to catch.
"""

from __future__ import annotations

import random

EN_WORDS: tuple[str, ...] = (
    "account", "settings", "profile", "order", "orders", "cart", "checkout", "payment", "address", "delivery",
    "history", "favorites", "messages", "notifications", "coupon", "coupons", "wallet", "balance", "points",
    "membership", "search", "recent", "popular", "new", "arrivals", "details", "review", "reviews", "share",
    "save", "edit", "delete", "confirm", "cancel", "continue", "back", "next", "done", "retry", "refresh",
    "loading", "empty", "network", "error", "try", "again", "later", "your", "my", "all", "view", "more",
    "today", "this", "week", "month", "price", "total", "discount", "shipping", "free", "store", "nearby",
    "map", "scan", "code", "verify", "phone", "number", "email", "password", "login", "logout", "sign", "up",
    "in", "help", "feedback", "about", "version", "language", "theme", "dark", "mode", "privacy", "security",
)

ZH_WORDS: tuple[str, ...] = (
    "账户", "设置", "个人资料", "订单", "购物车", "结算", "支付", "地址", "配送", "历史", "收藏", "消息", "通知",
    "优惠券", "钱包", "余额", "积分", "会员", "搜索", "最近", "热门", "新品", "详情", "评价", "分享", "保存",
    "编辑", "删除", "确认", "取消", "继续", "返回", "下一步", "完成", "重试", "刷新", "加载中", "暂无数据",
    "网络", "错误", "请稍后再试", "我的", "全部", "查看更多", "今天", "本周", "本月", "价格", "合计", "折扣",
    "运费", "免费", "门店", "附近", "地图", "扫一扫", "验证码", "手机号", "邮箱", "密码", "登录", "退出", "注册",
    "帮助", "反馈", "关于", "版本", "语言", "主题", "深色模式", "隐私", "安全",
)

# Consent and legal copy: (english, chinese).  The first entries are the ones consent rules look for.
CONSENT_COPY: tuple[tuple[str, str], ...] = (
    ("I have read and agree to the Terms of Service and Privacy Policy", "我已阅读并同意《用户协议》和《隐私政策》"),
    ("I agree to the processing of my personal data", "我同意处理我的个人信息"),
    ("Send me news, offers and promotions by email", "向我发送新闻、优惠和促销信息"),
    ("Share my usage data with partners to improve services", "与合作伙伴共享我的使用数据以改进服务"),
    ("Enable automatic renewal of my membership", "开通会员自动续费"),
)

NEUTRAL_TOGGLE_COPY: tuple[tuple[str, str], ...] = (
    ("Remember me", "记住我"),
    ("Dark mode", "深色模式"),
    ("Play videos automatically on Wi-Fi", "仅在Wi-Fi下自动播放视频"),
    ("Show order notifications", "显示订单通知"),
    ("Save login state", "保持登录状态"),
    ("Use large text", "使用大字体"),
)

LEGAL_COPY: tuple[tuple[str, str], ...] = (
    ("Subscription renews automatically at the full price unless cancelled 24 hours before the end of the period.",
     "订阅将在到期前24小时自动续费并按原价扣款，除非您提前取消。"),
    ("By continuing you agree to our Terms of Service and Privacy Policy.",
     "继续即表示您同意我们的《用户协议》和《隐私政策》。"),
    ("Prices include VAT. Delivery fees may apply.", "价格含税，可能收取配送费。"),
)

PRODUCT_NAMES: tuple[str, ...] = (
    "无线蓝牙耳机", "保温杯 500ml", "纯棉T恤", "运动跑鞋", "智能手环", "有机绿茶", "双肩背包", "护手霜",
    "机械键盘", "充电宝 20000mAh", "牛仔裤", "羽绒服", "咖啡豆 1kg", "台灯", "电动牙刷",
)


def en_phrase(rng: random.Random, low: int = 1, high: int = 4) -> str:
    """A short English UI phrase, capitalised like a label."""
    words = [rng.choice(EN_WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize()


def zh_phrase(rng: random.Random, low: int = 1, high: int = 3) -> str:
    """A short Chinese UI phrase."""
    return "".join(rng.choice(ZH_WORDS) for _ in range(rng.randint(low, high)))


def identifier(rng: random.Random, low: int = 1, high: int = 3) -> str:
    """A snake_case resource-style name built from English words."""
    return "_".join(rng.choice(EN_WORDS) for _ in range(rng.randint(low, high)))


def camel(rng: random.Random, low: int = 1, high: int = 3) -> str:
    """A camelCase JavaScript-style name."""
    parts = [rng.choice(EN_WORDS) for _ in range(rng.randint(low, high))]
    return parts[0] + "".join(part.capitalize() for part in parts[1:])

"""One WeChat mini-program page: `.wxml` template, `.wxss` styles, `.js` Page() script and `.json` config.

Sections share one `PageBuilder`, so every `{{binding}}` in the template has an initial value in `Page({data})`
and every `bindtap` has a handler — the linter's data-binding resolution has real work to do. Mixed in are the cases
it must tell apart: consent checkboxes bound to `false` (fine) or `true` (pre-checked), neutral switches that start on,
loading views hidden by `wx:if`, and legal text that is hidden or set in tiny rpx.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field

import corpus_text as words
from corpus_script import page_js

DARK_KINDS = ("prechecked_literal", "prechecked_data", "hidden_terms", "tiny_legal")
COLORS = ("#333333", "#666666", "#999999", "#ffffff", "#f5f5f5", "#07c160", "#fa5151", "#1989fa", "#eeeeee")


@dataclass
class PageBuilder:
    rng: random.Random
    index: int
    page_count: int
    wxml: list[str] = field(default_factory=list)
    data: dict[str, str] = field(default_factory=dict)  # key -> JavaScript literal
    handlers: dict[str, list[str]] = field(default_factory=dict)  # name -> body lines
    styles: dict[str, dict[str, str]] = field(default_factory=dict)  # selector -> declarations

    def line(self, depth: int, text: str) -> None:
        self.wxml.append("  " * depth + text + "\n")

    def css(self, selector: str, **declarations: str) -> None:
        self.styles.setdefault(selector, {}).update({k.replace("_", "-"): v for k, v in declarations.items()})

    def rpx(self, low: int, high: int) -> str:
        return f"{self.rng.randrange(low, high, 2)}rpx"

    def other_page(self) -> str:
        target = self.rng.randrange(self.page_count) + 1
        return f"/pages/p{target:04d}/p{target:04d}"

    def handler(self, name: str, *body: str) -> str:
        self.handlers.setdefault(name, list(body))
        return name

    # -- sections ---------------------------------------------------------------------------------------
    def header(self, depth: int) -> None:
        self.data["title"] = repr(words.zh_phrase(self.rng, 2, 3))
        self.data["banner"] = repr(f"https://img.example.com/banner/{self.index}.png")
        self.line(depth, '<view class="header">')
        self.line(depth + 1, '<image class="banner" src="{{banner}}" mode="widthFix" lazy-load></image>')
        self.line(depth + 1, '<text class="title">{{title}}</text>')
        self.line(depth, "</view>")
        self.css(".header", padding=f"{self.rpx(16, 40)} {self.rpx(24, 40)}", background=self.rng.choice(COLORS))
        self.css(".banner", width="100%", border_radius=self.rpx(8, 20))
        self.css(".title", font_size=self.rpx(32, 44), font_weight="600", color="#333333")

    def product_list(self, depth: int) -> None:
        names = self.rng.sample(words.PRODUCT_NAMES, 3)
        items = ", ".join(f"{{ id: {i + 1}, name: {n!r}, price: {self.rng.randrange(9, 999)}.00, "
                          f"cover: 'https://img.example.com/p/{i + 1}.jpg' }}" for i, n in enumerate(names))
        self.data["items"] = f"[{items}]"
        self.data["loading"] = "false"
        tap = self.handler("onItemTap", "const { id } = e.currentTarget.dataset",
                           f"wx.navigateTo({{ url: `{self.other_page()}?id=${{id}}` }})")
        self.line(depth, '<view wx:if="{{loading}}" class="loading">加载中...</view>')
        self.line(depth, '<view wx:elif="{{items.length === 0}}" class="empty">暂无数据</view>')
        self.line(depth, '<view wx:else class="list">')
        self.line(depth + 1, '<view wx:for="{{items}}" wx:key="id" class="item" '
                             f'bindtap="{tap}" data-id="{{{{item.id}}}}">')
        self.line(depth + 2, '<image class="thumb" src="{{item.cover}}" mode="aspectFill"></image>')
        self.line(depth + 2, '<view class="info">')
        self.line(depth + 3, '<text class="name">{{item.name}}</text>')
        self.line(depth + 3, '<text class="price">¥{{item.price}}</text>')
        if self.rng.random() < 0.12:
            self.line(depth + 3, "<text class=\"tag\">{{item.price < 100 ? '特价' : '热卖'}}</text>")
        self.line(depth + 2, "</view>")
        self.line(depth + 1, "</view>")
        self.line(depth, "</view>")
        self.css(".list", padding=self.rpx(16, 32))
        self.css(".item", display="flex", margin_bottom=self.rpx(16, 24), background="#ffffff",
                 border_radius=self.rpx(8, 16))
        self.css(".thumb", width=self.rpx(140, 200), height=self.rpx(140, 200))
        self.css(".name", font_size=self.rpx(26, 32), color="#333333")
        self.css(".price", font_size=self.rpx(28, 36), color="#fa5151")
        self.css(".loading, .empty", text_align="center", padding="40rpx 0", color="#999999")

    def form(self, depth: int, dark: str | None) -> None:
        english, consent = self.rng.choice(words.CONSENT_COPY)
        del english
        self.data.update(phone="''", code="''", agreed="true" if dark == "prechecked_data" else "false")
        submit = self.handler("onSubmit", "if (!this.data.agreed) {",
                              "  wx.showToast({ title: '请先同意协议', icon: 'none' })", "  return", "}",
                              "wx.showLoading({ title: '提交中' })",
                              "request({ url: '/api/submit', method: 'POST', data: e.detail.value })",
                              "  .then(() => wx.hideLoading())")
        agree = self.handler("onAgreeChange", "this.setData({ agreed: e.detail.value.length > 0 })")
        phone = self.handler("onPhoneInput", "this.setData({ phone: e.detail.value })")
        checked = {"prechecked_literal": " checked", "prechecked_data": ' checked="{{agreed}}"'}.get(
            dark or "", ' checked="{{agreed}}"')
        self.line(depth, f'<form bindsubmit="{submit}">')
        self.line(depth + 1, '<view class="field">')
        self.line(depth + 2, '<text class="label">手机号</text>')
        self.line(depth + 2, f'<input name="phone" type="number" maxlength="11" placeholder="请输入手机号" '
                             f'value="{{{{phone}}}}" bindinput="{phone}"/>')
        self.line(depth + 1, "</view>")
        self.line(depth + 1, f'<checkbox-group bindchange="{agree}">')
        self.line(depth + 2, '<label class="agree">')
        self.line(depth + 3, f'<checkbox value="agree"{checked}/>')
        self.line(depth + 3, f"<text>{consent}</text>")
        hidden = ' hidden="{{true}}"' if dark == "hidden_terms" else ""
        self.line(depth + 3, f'<navigator url="/pages/terms/terms" class="link"{hidden}>《用户协议》</navigator>')
        self.line(depth + 2, "</label>")
        self.line(depth + 1, "</checkbox-group>")
        self.line(depth + 1, '<button form-type="submit" type="primary" disabled="{{!agreed}}">提交</button>')
        self.line(depth, "</form>")
        self.css(".field", display="flex", padding=f"{self.rpx(20, 32)} {self.rpx(24, 32)}",
                 border_bottom="1rpx solid #eeeeee")
        self.css(".label", width="160rpx", font_size="28rpx")
        self.css(".agree", font_size=self.rpx(24, 30), color="#666666")
        self.css(".link", color="#1989fa")

    def settings(self, depth: int) -> None:
        self.line(depth, '<view class="cells">')
        for position, (english, label) in enumerate(self.rng.sample(words.NEUTRAL_TOGGLE_COPY, 3)):
            key = words.camel(self.rng, 1, 2) + f"On{position}"
            self.data[key] = self.rng.choice(("true", "false"))
            toggle = self.handler("onToggle", "const { key } = e.currentTarget.dataset",
                                  "this.setData({ [key]: e.detail.value })")
            self.line(depth + 1, '<view class="cell">')
            self.line(depth + 2, f'<text class="cell-label">{label}</text>')
            self.line(depth + 2, f'<switch checked="{{{{{key}}}}}" data-key="{key}" bindchange="{toggle}" '
                                 f'aria-label="{english}"/>')
            self.line(depth + 1, "</view>")
        self.line(depth, "</view>")
        self.css(".cell", display="flex", justify_content="space-between", padding="28rpx 32rpx",
                 background="#ffffff")
        self.css(".cell-label", font_size=self.rpx(28, 32))

    def tabs(self, depth: int) -> None:
        self.data["tabs"] = repr([words.zh_phrase(self.rng, 1, 1) for _ in range(4)])
        self.data["current"] = "0"
        switch = self.handler("onTabChange", "this.setData({ current: e.currentTarget.dataset.index })",
                              "this.loadData && this.loadData()")
        self.line(depth, '<scroll-view scroll-x class="tabs">')
        self.line(depth + 1, '<view wx:for="{{tabs}}" wx:key="*this" data-index="{{index}}" '
                             f"class=\"tab {{{{index === current ? 'active' : ''}}}}\" bindtap=\"{switch}\">")
        self.line(depth + 2, "{{item}}")
        self.line(depth + 1, "</view>")
        self.line(depth, "</scroll-view>")
        self.css(".tabs", white_space="nowrap", border_bottom="1rpx solid #eeeeee")
        self.css(".tab", display="inline-block", padding="20rpx 32rpx", font_size="28rpx")
        self.css(".tab.active", color="#07c160", border_bottom="4rpx solid #07c160")

    def detail(self, depth: int) -> None:
        self.data.update(count=str(self.rng.randrange(0, 9)), desc=repr(words.zh_phrase(self.rng, 4, 8)))
        buy = self.handler("onBuy", f"wx.navigateTo({{ url: '{self.other_page()}' }})")
        self.line(depth, '<view class="detail">')
        self.line(depth + 1, '<rich-text class="desc" nodes="{{desc}}"></rich-text>')
        badge = "{{count > 99 ? '99+' : count}}" if self.rng.random() < 0.15 else "{{count}}"
        self.line(depth + 1, f'<view class="badge" wx:if="{{{{count > 0}}}}">{badge}</view>')
        self.line(depth + 1, '<picker mode="selector" range="{{tabs}}" bindchange="onTabChange">')
        self.line(depth + 2, '<view class="picker">请选择规格</view>')
        self.line(depth + 1, "</picker>")
        self.line(depth + 1, f'<button class="buy" bindtap="{buy}">立即购买</button>')
        self.line(depth, "</view>")
        self.data.setdefault("tabs", "['默认', '大号', '小号']")
        self.handler("onTabChange", "this.setData({ current: Number(e.detail.value) })")
        self.css(".detail", padding=self.rpx(24, 40))
        self.css(".desc", font_size="26rpx", line_height="1.6", color="#666666")
        self.css(".badge", font_size=self.rpx(18, 22), color="#ffffff", background="#fa5151")
        self.css(".buy", background="#07c160", color="#ffffff")

    def footer(self, depth: int, dark: str | None) -> None:
        english, legal = self.rng.choice(words.LEGAL_COPY)
        del english
        self.line(depth, '<view class="footer">')
        self.line(depth + 1, f'<text class="legal">{legal}</text>')
        self.line(depth, "</view>")
        self.css(".footer", padding="24rpx 32rpx 48rpx")
        small = dark == "tiny_legal"
        self.css(".legal", font_size="16rpx" if small else self.rpx(24, 28), color="#cccccc" if small else "#999999")


def page_files(rng: random.Random, index: int, page_count: int, dark: str | None) -> dict[str, str]:
    """The four files of page `index` (1-based), keyed by extension."""
    page = PageBuilder(rng, index, page_count)
    page.line(0, f"<!--pages/p{index:04d}/p{index:04d}.wxml-->")
    page.line(0, '<view class="page">')
    page.header(1)
    sections = [page.product_list, page.settings, page.tabs, page.detail]
    for section in rng.sample(sections, rng.randint(1, 4)):
        section(1)
    if dark or rng.random() < 0.3:
        page.form(1, dark)
    page.footer(1, dark)
    page.line(0, "</view>")
    wxss = "".join(f"{selector} {{\n" + "".join(f"  {k}: {v};\n" for k, v in decls.items()) + "}\n\n"
                   for selector, decls in page.styles.items())
    config = {"navigationBarTitleText": words.zh_phrase(rng, 1, 2), "enablePullDownRefresh": rng.random() < 0.5,
              "usingComponents": {"price-tag": "/components/price-tag/price-tag"} if rng.random() < 0.3 else {}}
    return {"wxml": "".join(page.wxml), "wxss": f".page {{\n  min-height: 100vh;\n}}\n\n{wxss}",
            "js": page_js(rng, index, page.data, page.handlers),
            "json": json.dumps(config, ensure_ascii=False, indent=2) + "\n"}

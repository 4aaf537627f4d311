"""The `Page({...})` script of a generated mini-program page, 40–150 lines.

The `data` object holds the initial values the template binds to (that is where a linter reads a checkbox's
first-render state); the rest is the usual lifecycle, request and formatting code found in real pages.
"""

from __future__ import annotations

import random

from corpus_text import camel, zh_phrase

HELPERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("formatPrice", ("value", "const cents = Math.round(Number(value) * 100)",
                     "return `¥${(cents / 100).toFixed(2)}`")),
    ("validatePhone", ("phone", "if (!/^1[3-9]\\d{9}$/.test(phone)) {",
                       "  wx.showToast({ title: '手机号格式不正确', icon: 'none' })", "  return false", "}",
                       "return true")),
    ("formatDate", ("ts", "const d = new Date(ts)", "const pad = (n) => (n < 10 ? `0${n}` : `${n}`)",
                    "return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`")),
    ("throttle", ("fn, wait = 300", "let last = 0", "return (...args) => {", "  const now = Date.now()",
                  "  if (now - last < wait) return", "  last = now", "  fn.apply(this, args)", "}")),
    ("trackEvent", ("name, params = {}", "try {", "  wx.reportEvent && wx.reportEvent(name, params)",
                    "} catch (err) {", "  console.warn('report failed', err)", "}")),
    ("restoreDraft", ("", "const draft = wx.getStorageSync('draft') || {}", "if (draft.phone) {",
                      "  this.setData({ phone: draft.phone })", "}")),
)


def _method(name: str, params: str, body: list[str] | tuple[str, ...], is_async: bool = False) -> list[str]:
    prefix = "async " if is_async else ""
    return [f"  {prefix}{name}({params}) {{", *(f"    {line}" for line in body), "  },", ""]


def page_js(rng: random.Random, index: int, data: dict[str, str], handlers: dict[str, list[str]]) -> str:
    """Render the script; extra helpers are appended until a randomly chosen 40–150 line target is met."""
    target = rng.randint(40, 150)
    lines = [f"// pages/p{index:04d}/p{index:04d}.js", "const app = getApp()",
             "const { request } = require('../../utils/request')", "", "Page({", "  data: {"]
    lines += [f"    {key}: {value}," for key, value in data.items()]
    lines += ["    page: 1,", f"    {camel(rng)}: {rng.choice(('null', '0', repr(zh_phrase(rng))))},", "  },", ""]
    lines += _method("onLoad", "options", ["this.setData({ id: options.id || '' })", "this.loadData()"])
    lines += _method("onShow", "", ["if (app.globalData.needRefresh) {", "  this.loadData()", "}"])
    lines += _method("loadData", "", [
        "this.setData({ loading: true })", "try {",
        f"  const res = await request({{ url: '/api/p{index:04d}/list', data: {{ page: this.data.page }} }})",
        "  this.setData({ items: res.data.items || [], loading: false })", "} catch (err) {",
        "  wx.showToast({ title: '网络错误，请稍后再试', icon: 'none' })", "  this.setData({ loading: false })",
        "}"], is_async=True)
    for name, body in handlers.items():
        lines += _method(name, "e", body)
    lines += _method("onPullDownRefresh", "", ["this.setData({ page: 1 })",
                                               "this.loadData().then(() => wx.stopPullDownRefresh())"])
    lines += _method("onReachBottom", "", ["this.setData({ page: this.data.page + 1 })", "this.loadData()"])
    helpers = list(HELPERS)
    rng.shuffle(helpers)
    round_number = 0
    while len(lines) < target - 6:
        name, (params, *body) = helpers[round_number % len(helpers)]
        suffix = "" if round_number < len(helpers) else str(round_number // len(helpers))
        lines += _method(name + suffix, params, body)
        round_number += 1
    lines += _method("onShareAppMessage", "", ["return {", f"  title: '{zh_phrase(rng, 2, 3)}',",
                                               f"  path: '/pages/p{index:04d}/p{index:04d}'", "}"])
    lines[-2] = "  }"  # the last method takes no trailing comma
    lines += ["})", ""]
    return "\n".join(lines)

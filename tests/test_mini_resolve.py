"""The mini-program frontend resolves first-render facts the way the runtime would.

Each test writes a small project the way real apps are laid out and reads the built UI model:
the facts (and their evidence) are what rules see.
"""

from __future__ import annotations

from pathlib import Path

from lint.frontends.mini.page import build
from lint.model import Node


def _write(root: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def _nodes(template: Path) -> list[Node]:
    from lint.config import find_config, load_config

    found = find_config(template.parent.resolve())
    libraries = load_config(found).libraries if found is not None else None  # as the runner passes them
    docs = build(template, lambda p: p.name, libraries)
    return [n for root in docs[0].roots for n in root.walk()]


def _toggles(template: Path) -> dict[str, Node]:
    return {str(n.fact("label").value): n for n in _nodes(template) if n.kind == "toggle"}


def test_lifecycle_set_data_behaviors_and_typescript(tmp_path: Path) -> None:
    _write(tmp_path, {
        "app.json": '{"pages": ["pages/a/a"]}',
        "behaviors/consent.ts": "export default Behavior({ data: { share: !0, ads: !1 } })\n",
        "pages/a/a.ts": (
            "import consent from '../../behaviors/consent'\n"
            "Page({\n  behaviors: [consent],\n  data: { agree: false, form: { sms: false }, ads: true as boolean },\n"
            "  onLoad(q: Record<string, string>) {\n"
            "    this.setData({ agree: true, 'form.sms': !this.data.form.sms })\n"
            "    wx.request({ url: 'x', success: () => this.setData({ share: false }) })\n  }\n})\n"),
        "pages/a/a.wxml": (
            "<view>\n<label><checkbox checked=\"{{agree}}\"/><text>同意协议</text></label>\n"
            "<label><checkbox checked=\"{{form.sms}}\"/><text>短信</text></label>\n"
            "<label><checkbox checked=\"{{share && !ads}}\"/><text>共享</text></label>\n"
            "<label><checkbox checked=\"{{ads ? false : true}}\"/><text>广告</text></label>\n</view>\n"),
    })
    toggles = _toggles(tmp_path / "pages/a/a.wxml")
    assert toggles["同意协议"].fact("checked").value is True
    assert any("in onLoad" in e.note and e.line == 6 for e in toggles["同意协议"].fact("checked").evidence)
    assert toggles["短信"].fact("checked").value is True
    # The setData in a request callback runs moments after the first render: `share` is unknown then.
    # The page's own `ads: true as boolean` overrides the behavior's `ads: !1`.
    assert toggles["共享"].fact("checked").value is None
    assert toggles["广告"].fact("checked").value is False


def test_conditional_set_data_and_loop_items(tmp_path: Path) -> None:
    _write(tmp_path, {
        "app.json": '{"pages": ["pages/a/a"]}',
        "pages/a/a.js": (
            "Page({ data: { on: false, item: { on: true }, list: [{ on: false }], later: [{ on: true }] },\n"
            "  onShow() { if (wx.getStorageSync('x')) { this.setData({ on: true }) } },\n"
            "  onLoad() { this.setData({ later: wx.getStorageSync('later') }) } })\n"),
        "pages/a/a.wxml": (
            "<view>\n<label><switch checked=\"{{on}}\"/><text>推送</text></label>\n"
            "<label wx:for=\"{{list}}\"><switch checked=\"{{item.on}}\"/><text>条目</text></label>\n"
            "<label wx:for=\"{{later}}\"><switch checked=\"{{item.on}}\"/><text>稍后</text></label>\n</view>\n"),
    })
    toggles = _toggles(tmp_path / "pages/a/a.wxml")
    assert toggles["推送"].fact("checked").value is None
    # A loop's `item` is the list's entry, not the page's `data.item`; a list set on load from storage is unknown.
    assert toggles["条目"].fact("checked").value is False
    assert toggles["稍后"].fact("checked").value is None


def test_component_isolation_and_use_site_values(tmp_path: Path) -> None:
    _write(tmp_path, {
        "app.json": '{"pages": ["pages/a/a"], "usingComponents": {"agree-row": "/components/row/row"}}',
        "app.wxss": ".tip { font-size: 18rpx; }\n",
        "components/row/row.json": '{"component": true}',
        "components/row/row.js": "Component({ properties: { on: { type: Boolean, value: false } } })\n",
        "components/row/row.wxml": "<label><checkbox checked=\"{{on}}\"/><text class=\"tip\">同意协议</text></label>\n",
        "pages/a/a.js": "Page({ data: { yes: true } })\n",
        "pages/a/a.wxml": (
            "<view>\n<agree-row on=\"{{yes}}\"/>\n<agree-row/>\n<text class=\"tip\">页面</text>\n</view>\n"),
    })
    alone = _nodes(tmp_path / "components/row/row.wxml")
    # Isolated by default: app.wxss's `.tip` does not reach inside the component.
    assert next(n for n in alone if n.tag == "text").fact("font_size").value is None
    # A Boolean property is each use's to decide: unknown in the component's own file...
    assert next(n for n in alone if n.tag == "checkbox").fact("checked").value is None
    page = _nodes(tmp_path / "pages/a/a.wxml")
    grafted = [n for n in page if n.kind == "toggle"]
    # ...known at each use: the value passed (line 2), or the default when none is (line 3).
    assert [(n.span.line, n.fact("checked").value) for n in grafted] == [(2, True), (3, False)]
    assert next(n for n in page if n.tag == "text" and n.fact("text").value == "页面").fact("font_size").value == 9


def test_hand_drawn_toggle_needs_both_flip_and_dependency(tmp_path: Path) -> None:
    _write(tmp_path, {
        "app.json": '{"pages": ["pages/a/a"]}',
        "pages/a/a.js": (
            "Page({ data: { ok: true, other: true },\n  tap() { this.setData({ ok: !this.data.ok }) },\n"
            "  noop() { this.setData({ other: false }) } })\n"),
        "pages/a/a.wxml": (
            "<view>\n<view class=\"row\" bindtap=\"tap\"><text>{{ok ? '✓' : ''}}</text><text>同意协议</text></view>\n"
            "<view class=\"row\" bindtap=\"noop\"><text>{{other ? '✓' : ''}}</text><text>同意条款</text></view>\n"
            "</view>\n"),
    })
    toggles = [n for n in _nodes(tmp_path / "pages/a/a.wxml") if n.kind == "toggle"]
    assert [t.span.line for t in toggles] == [2]
    assert toggles[0].fact("checked").value is True
    assert "flips ok" in " ".join(e.note for e in toggles[0].fact("checked").evidence)


def test_project_root_from_project_config_and_gbk_sources(tmp_path: Path) -> None:
    _write(tmp_path, {
        "project.config.json": '{"miniprogramRoot": "src/"}',
        "src/app.json": '{"pages": ["pages/a/a"]}',
        "src/styles/base.wxss": ".legal { font-size: 20rpx; }\n",
        "src/app.wxss": '@import "/styles/base.wxss";\n',
        "src/pages/a/a.js": "Page({ data: {} })\n".encode("gbk"),
        "src/pages/a/a.wxml": "<view>\n<text class=\"legal\">同意《隐私政策》</text>\n</view>\n".encode("gbk"),
    })
    text = next(n for n in _nodes(tmp_path / "src/pages/a/a.wxml") if n.tag == "text")
    assert text.fact("text").value == "同意《隐私政策》"
    assert text.fact("font_size").value == 10
    assert any(e.path == "base.wxss" and "20rpx" in e.note for e in text.fact("font_size").evidence)


def test_library_table_is_extended_by_config(tmp_path: Path) -> None:
    _write(tmp_path, {
        ".darklint.yaml": "libraries:\n  x-agree: {kind: toggle, checked: [agreed]}\n",
        "app.json": '{"pages": ["pages/a/a"]}',
        "pages/a/a.js": "Page({ data: {} })\n",
        "pages/a/a.wxml": (
            "<view>\n<x-agree agreed>同意协议</x-agree>\n"
            "<van-switch checked=\"{{false}}\">推送</van-switch>\n</view>\n"),
    })
    toggles = _toggles(tmp_path / "pages/a/a.wxml")
    assert toggles["同意协议"].fact("checked").value is True
    assert toggles["推送"].fact("checked").value is False


def test_methods_a_hook_calls_run_up_to_their_first_await(tmp_path: Path) -> None:
    _write(tmp_path, {
        "app.json": '{"pages": ["pages/a/a"]}',
        "pages/a/a.js": (
            "Page({ data: { agree: false, sms: false, ads: false, push: true },\n"
            "  onLoad(q) { this.init(); if (q.vip) { this.promote() }; this.load() },\n"
            "  init() { this.setData({ agree: true }) },\n"
            "  promote() { this.setData({ sms: true }) },\n"
            "  async load() { this.setData({ ads: true }); const r = await get()\n"
            "    this.setData({ push: r.push }) } })\n"),
        "pages/a/a.wxml": (
            "<view>\n<label><checkbox checked=\"{{agree}}\"/><text>同意</text></label>\n"
            "<label><checkbox checked=\"{{sms}}\"/><text>短信</text></label>\n"
            "<label><checkbox checked=\"{{ads}}\"/><text>广告</text></label>\n"
            "<label><checkbox checked=\"{{push}}\"/><text>推送</text></label>\n</view>\n"),
    })
    toggles = _toggles(tmp_path / "pages/a/a.wxml")
    assert toggles["同意"].fact("checked").value is True  # init() runs inside onLoad
    assert any("in init" in e.note for e in toggles["同意"].fact("checked").evidence)
    assert toggles["短信"].fact("checked").value is None  # called under a condition
    assert toggles["广告"].fact("checked").value is True  # before load()'s first await
    assert toggles["推送"].fact("checked").value is None  # after it: the saved value, not known


def test_script_syntax_errors_count_columns_in_utf16_units(tmp_path: Path) -> None:
    """As every other finding's column (and SARIF's columnKind): not the byte offset of the UTF-8 line."""
    _write(tmp_path, {
        "app.json": '{"pages": ["pages/a/a"]}',
        "pages/a/a.js": "Page({ data: { t: '同意同意同意', a: % } })\n",
        "pages/a/a.wxml": "<view>hi</view>\n",
    })
    from lint.frontends.mini.page import build

    docs = build(tmp_path / "pages/a/a.wxml", lambda p: p.name, None)
    errors = [e for d in docs for e in d.errors]
    assert errors and errors[0][:2] == (1, 29), errors


def test_template_syntax_errors_quote_the_source(tmp_path: Path) -> None:
    """The message quotes where the grammar gave up, not its node's name ('ERROR', 'document')."""
    _write(tmp_path, {
        "app.json": '{"pages": ["pages/a/a"]}',
        "pages/a/a.js": "Page({ data: {} })\n",
        "pages/a/a.wxml": "<view>\n  <text>同意</text>\n</view>\n</view>\n",
    })
    from lint.frontends.mini.page import build

    errors = [e for d in build(tmp_path / "pages/a/a.wxml", lambda p: p.name, None) for e in d.errors]
    assert errors and errors[0][0] == 4 and "'</view>'" in errors[0][2] and "ERROR" not in errors[0][2], errors


def test_entities_are_decoded_in_the_text(tmp_path: Path) -> None:
    """`&lt;` is text the grammar keeps apart: dropping it quoted a label that is not in the file, keeping it as
    written quoted `&nbsp;` and kept `Terms&nbsp;of&nbsp;Service` from the lexicons. `&nbsp;` collapses as a space."""
    _write(tmp_path, {
        "app.json": '{"pages": ["pages/a/a"]}',
        "pages/a/a.js": "Page({})",
        "pages/a/a.wxml": '<label><checkbox checked />同意&lt;共享&gt;数据&amp;&nbsp;&nbsp;《隐私政策》</label>\n',
    })
    labels = list(_toggles(tmp_path / "pages/a/a.wxml"))
    assert labels == ["同意<共享>数据& 《隐私政策》"]

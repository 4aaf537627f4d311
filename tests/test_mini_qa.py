"""Regressions found by QA on mini-programs written like real apps (see the `*-qa-*` fixtures too).

These check what fixtures cannot: the exact evidence a finding carries, and facts that no rule
turns into a finding on their own.
"""

from __future__ import annotations

import json
from pathlib import Path

from lint.frontends.mini.page import build
from lint.model import Node
from lint.rules import preset_path
from lint.runner import RunOptions, run


def _write(root: Path, files: dict[str, str]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")


def _nodes(template: Path, root: Path) -> list[Node]:
    docs = build(template, lambda p: p.relative_to(root).as_posix())
    return [n for doc_root in docs[0].roots for n in doc_root.walk()]


def test_evidence_paths_through_parent_folders_are_normalised(tmp_path: Path) -> None:
    """`../../behaviors/x.js`, `../../common/x.wxss` and `../../components/x` show as plain paths."""
    _write(tmp_path, {
        "app.json": json.dumps({"pages": ["pages/a/a"]}),
        "behaviors/agree.js": "module.exports = Behavior({ data: { agreed: true } })\n",
        "common/base.wxss": ".fine { font-size: 20rpx; }\n",
        "components/box/box.json": json.dumps({"component": True}),
        "components/box/box.js": "Component({ properties: { on: { type: Boolean, value: false } } })\n",
        "components/box/box.wxml": '<label><checkbox checked="{{on}}"/>接收营销短信</label>\n',
        "pages/a/a.json": json.dumps({"usingComponents": {"box": "../../components/box/box"}}),
        "pages/a/a.wxss": '@import "../../common/base.wxss";\n',
        "pages/a/a.js": "const b = require('../../behaviors/agree')\nPage({ behaviors: [b] })\n",
        "pages/a/a.wxml": (
            '<label><checkbox checked="{{agreed}}"/>我已阅读并同意《用户协议》</label>\n'
            '<text class="fine">登录即同意《隐私政策》</text>\n'
            '<box on="{{true}}"/>\n'),
    })
    result = run([tmp_path], RunOptions(config=preset_path("recommended"), cwd=tmp_path))
    rules = sorted(f.rule for f in result.findings)
    assert rules == ["consent-prechecked", "consent-prechecked", "legal-text-small"]
    shown = [e.path for f in result.findings for e in f.evidence]
    assert "behaviors/agree.js" in shown
    assert "common/base.wxss" in shown
    assert not [p for p in shown if ".." in p.split("/")]


def test_hidden_consent_dialog_is_released_with_evidence_and_a_lone_hidden_link_is_not(tmp_path: Path) -> None:
    _write(tmp_path, {
        "app.json": json.dumps({"pages": ["pages/a/a"]}),
        "pages/a/a.js": "Page({ data: { show: false, more: false } })\n",
        "pages/a/a.wxml": (
            '<view wx:if="{{show}}">\n'
            '  <text class="doc">《隐私保护指引》</text>\n'
            '  <text hidden>《儿童隐私政策》</text>\n'
            '  <button open-type="agreePrivacyAuthorization">同意</button>\n'
            '</view>\n'
            '<view wx:if="{{more}}"><text class="doc">《服务条款》</text></view>\n'),
    })
    nodes = {n.fact("text").value: n for n in _nodes(tmp_path / "pages/a/a.wxml", tmp_path) if n.tag == "text"}
    released = nodes["《隐私保护指引》"].fact("visible")
    assert released.value is None
    notes = [e.note for e in released.evidence]
    assert any("consent control <button>" in n for n in notes), notes
    assert any('wx:if="{{show}}" is false' in n for n in notes), notes
    assert nodes["《服务条款》"].fact("visible").value is False


def test_controlled_toggle_flips_through_props_and_trigger_event(tmp_path: Path) -> None:
    """Only the negated *own* state counts: `onChange(!this.props.checked)`, not `!e.detail.value`."""
    from lint.frontends.mini.handlers import read_handlers
    from lint.frontends.mini.jsnodes import first_object_arg
    from lint.frontends.ts import parser

    src = (
        b"Component({ methods: {\n"
        b"  a() { this.props.onChange(!this.props.checked) },\n"
        b"  b() { this.triggerEvent('change', { value: !this.data.agreed }) },\n"
        b"  c(e) { this.triggerEvent('change', { value: !e.detail.value }) },\n"
        b"  d() { wx.showToast({ title: !this.data.busy ? 'x' : 'y' }) },\n"
        b"} })\n")
    tree = parser("javascript").parse(src)
    call = tree.root_node.named_children[0].named_children[0]
    options = first_object_arg(call)
    assert options is not None
    handlers = read_handlers(options, src)
    assert handlers["a"].flips == {"checked"}
    assert handlers["b"].flips == {"agreed"}
    assert handlers["c"].flips == frozenset()
    assert handlers["d"].flips == frozenset()


def test_a_branch_hidden_by_an_earlier_one_names_the_branch_taken(tmp_path: Path) -> None:
    _write(tmp_path, {
        "app.json": json.dumps({"pages": ["pages/a/a"]}),
        "pages/a/a.js": "Page({ data: { logged: false, tab: 0 } })\n",
        "pages/a/a.wxml": (
            '<view wx:if="{{logged}}">欢迎回来</view>\n'
            '<view wx:elif="{{tab === 0}}">登录即同意《用户协议》</view>\n'
            '<view wx:else><navigator url="/p">《隐私政策》</navigator></view>\n'),
    })
    link = next(n for n in _nodes(tmp_path / "pages/a/a.wxml", tmp_path) if n.tag == "navigator")
    visible = link.fact("visible")
    assert visible.value is False
    assert visible.evidence[0].note == 'an earlier wx:if branch is taken: wx:elif="{{tab === 0}}" is true at line 2'


def test_a_split_consent_sentence_is_quoted_whole_without_pieces_not_rendered(tmp_path: Path) -> None:
    """`<checkbox/><text>登录即表示同意</text><text bindtap>《用户协议》</text><text wx:if="{{showAnd}}">和</text>
    <text bindtap>《隐私政策》</text>`: the label is the sentence as rendered (review31 l03), and a label that is a
    whole phrase is not continued by a link beside it (l01)."""
    _write(tmp_path, {
        "app.json": json.dumps({"pages": ["pages/login/login"]}),
        "pages/login/login.json": "{}",
        "pages/login/login.js": "Page({ data: { agreed: true, remember: true, showAnd: false } })\n",
        "pages/login/login.wxml": (
            '<view class="agreement">\n'
            '  <checkbox value="agree" checked="{{agreed}}" />\n'
            "  <text>登录即表示同意</text>\n"
            '  <text bindtap="openUser">《用户协议》</text>\n'
            '  <text wx:if="{{showAnd}}">和</text>\n'
            '  <text bindtap="openPrivacy">《隐私政策》</text>\n'
            "</view>\n"
            '<view class="options">\n'
            '  <checkbox value="remember" checked="{{remember}}" />\n'
            "  <text>7天内自动登录</text>\n"
            '  <text bindtap="openPrivacy">《隐私政策》</text>\n'
            "</view>\n"
        ),
    })
    (tmp_path / ".darklint.yaml").write_text("extends: recommended\n", encoding="utf-8")
    result = run([tmp_path], RunOptions(cwd=tmp_path, jobs=1, no_cache=True))
    found = [(f.line, f.message.split('"')[1]) for f in result.findings if f.rule == "consent-prechecked"]
    assert found == [(2, "登录即表示同意《用户协议》《隐私政策》")], result.findings

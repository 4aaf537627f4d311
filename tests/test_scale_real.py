"""Work that grows with what real projects contain, not with the number of files.

Found by running darklint over published component libraries (npm: TDesign, uView Plus, uni-ui, wot-design):
a page's components are built again at every use site that passes them values, and so were the components
nested in them, each also built alone to compare with; an iconfont embedded as base64 in a style sheet made
the SCSS scanner quadratic. These tests count the work (builds, parses) or run the realistic input through;
they never time it (speed is measured by bench/).
"""

from __future__ import annotations

import base64
import json
from collections import Counter
from pathlib import Path

import pytest

from lint.frontends.mini import mask
from lint.frontends.mini.template import TemplateBuilder
from lint.frontends.scss import parse_nested
from lint.model import Document
from lint.rules import preset_path
from lint.runner import RunOptions, run


def _write(root: Path, files: dict[str, str]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")


def _component(name: str, props: str, wxml: str, using: dict[str, str] | None = None) -> dict[str, str]:
    return {
        f"components/{name}/index.json": json.dumps({"component": True, "usingComponents": using or {}}),
        f"components/{name}/index.js": f"Component({{ properties: {{ {props} }} }})\n",
        f"components/{name}/index.wxml": wxml,
    }


ROWS = 30


@pytest.fixture()
def settings_page(tmp_path: Path) -> Path:
    """A settings page of a component library written like TDesign: 30 cells, each with two icons and an
    optional switch; one row, "接收营销短信", passes `checked="{{true}}"` down to the switch's checkbox."""
    rows = [f'<setting-cell title="设置项{i}" icon="setting" arrow="{{{{true}}}}"/>' for i in range(ROWS - 1)]
    rows.append('<setting-cell title="接收营销短信" icon="mail" has-switch="{{true}}" checked="{{true}}"/>')
    _write(tmp_path, {
        "app.json": json.dumps({"pages": ["pages/settings/settings"]}),
        **_component("app-icon", "name: { type: String, value: '' }",
                     '<view class="app-icon app-icon-{{name}}"><text>{{name}}</text></view>\n'),
        **_component("opt-switch", "checked: { type: Boolean, value: false }, label: { type: String, value: '' }",
                     '<label class="opt-switch"><checkbox checked="{{checked}}"/>{{label}}</label>\n'),
        **_component(
            "setting-cell",
            "title: { type: String, value: '' }, icon: { type: String, value: '' }, "
            "arrow: { type: Boolean, value: false }, hasSwitch: { type: Boolean, value: false }, "
            "checked: { type: Boolean, value: false }",
            '<view class="setting-cell">\n'
            '  <app-icon name="{{icon}}"/>\n'
            '  <text class="setting-cell__title">{{title}}</text>\n'
            '  <opt-switch wx:if="{{hasSwitch}}" checked="{{checked}}" label="{{title}}"/>\n'
            '  <app-icon wx:if="{{arrow}}" name="chevron-right"/>\n'
            '</view>\n',
            {"app-icon": "../app-icon/index", "opt-switch": "../opt-switch/index"}),
        "pages/settings/settings.json": json.dumps(
            {"usingComponents": {"setting-cell": "../../components/setting-cell/index"}}),
        "pages/settings/settings.js": "Page({ data: {} })\n",
        "pages/settings/settings.wxml": "\n".join(rows) + "\n",
    })
    return tmp_path


def test_each_component_is_built_alone_once_per_unit_and_parsed_once(
        settings_page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    builds: Counter[tuple[str, bool]] = Counter()
    original = TemplateBuilder.build

    def counted(self: TemplateBuilder, root: object = None) -> Document:
        builds[(self.shown, root is None)] += 1
        return original(self, root)  # type: ignore[arg-type]

    parses: Counter[bytes] = Counter()
    parse = mask._parse_masked

    def counted_parse(data: bytes) -> object:
        parses[data] += 1
        return parse(data)

    monkeypatch.setattr(TemplateBuilder, "build", counted)
    monkeypatch.setattr(mask, "_parse_masked", counted_parse)
    mask._PARSED.clear()
    page = settings_page / "pages/settings/settings.wxml"
    result = run([page], RunOptions(config=preset_path("recommended"), cwd=settings_page, jobs=1, no_cache=True))

    assert [(f.rule, f.path, f.line) for f in result.findings] == [
        ("consent-prechecked", "pages/settings/settings.wxml", ROWS)]
    # Grafted at their use sites (given the use site's state), as often as they render: every cell; below each,
    # the switch (hidden but for the marketing row: a hidden link is still a finding), its icon and its arrow
    # icon (both passed a name); and below the cell built alone, the hidden switch and arrow icon.
    grafted = {shown: n for (shown, alone), n in builds.items() if not alone}
    assert grafted == {"components/setting-cell/index.wxml": ROWS, "components/app-icon/index.wxml": 2 * ROWS + 1,
                       "components/opt-switch/index.wxml": ROWS + 1}
    # Built alone, to compare with: the page once, each component once per depth it is met at (the cell at
    # depth 1, the icon and switch at depth 2) -- not once per use (it was 30 cells x their icons, again
    # below each cell's own standalone build).
    alone = {shown: n for (shown, alone), n in builds.items() if alone}
    assert alone == {"pages/settings/settings.wxml": 1, "components/setting-cell/index.wxml": 1,
                     "components/app-icon/index.wxml": 1, "components/opt-switch/index.wxml": 1}
    assert sorted(parses.values()) == [1, 1, 1, 1]  # four templates, each parsed once however often built


def test_an_embedded_iconfont_in_a_vue_style_block_is_read_through(tmp_path: Path) -> None:
    # uni-app icon components embed their font as base64 (uni-icons: ~40 KB; uView Plus more): one SCSS
    # declaration with no `;` or `{` for tens of thousands of characters.
    font = base64.b64encode(bytes(range(256)) * 240).decode()  # 60 KB, as real iconfonts
    sfc = (
        '<template>\n  <view class="agree">'
        '<text class="agree__tip">登录即表示同意《用户协议》和《隐私政策》</text></view>\n'
        '</template>\n<script>\nexport default { data() { return {} } }\n</script>\n'
        '<style lang="scss" scoped>\n'
        '@font-face { font-family: uniicons;\n'
        f'  src: url(data:font/truetype;charset=utf-8;base64,{font}) format("truetype"); }}\n'
        '.agree {\n  padding: 24rpx;\n  &__tip { font-size: 16rpx; color: #999; }\n}\n</style>\n')
    _write(tmp_path, {"pages/login/login.vue": sfc})
    result = run([tmp_path], RunOptions(config=preset_path("recommended"), cwd=tmp_path, jobs=1, no_cache=True))
    assert [(f.rule, f.line) for f in result.findings] == [("legal-text-small", 2)]
    sheet = parse_nested(f".x {{ src: url(data:font/ttf;base64,{font}); }}\n.tip {{ font-size: 10px; }}".encode(),
                         "a.scss")
    assert [(r.selector_text, [(d.prop, d.value) for d in r.declarations]) for r in sheet.rules][-1:] == [
        (".tip", [("font-size", "10px")])]


def test_a_component_that_renders_itself_is_grafted_once_not_at_every_level(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A rich-text or markdown node (TDesign's chat-markdown-node, mp-html's node) uses itself for its children,
    # once per node type. Each self-use was grafted again down to the depth limit: n**3 builds for n uses.
    kinds = 12
    node = "\n".join(f'<block wx:if="{{{{item.type === \'t{i}\'}}}}"><view class="n{i}">'
                     f'<md-node wx:for="{{{{item.children}}}}" wx:key="index" item="{{{{item}}}}" level="{{{{{i}}}}}"/>'
                     "</view></block>" for i in range(kinds))
    page = ('<view class="article"><md-node item="{{doc}}"/></view>\n'
            '<label class="agree"><checkbox checked="{{true}}"/>我已阅读并同意《用户协议》</label>\n')
    _write(tmp_path, {
        "app.json": json.dumps({"pages": ["pages/article/article"]}),
        "components/md-node/md-node.json": json.dumps({"component": True, "usingComponents": {"md-node": "./md-node"}}),
        "components/md-node/md-node.js":
            "Component({ properties: { item: { type: Object, value: {} }, level: { type: Number, value: 0 } } })\n",
        "components/md-node/md-node.wxml": node + "\n",
        "pages/article/article.json": json.dumps({"usingComponents": {"md-node": "../../components/md-node/md-node"}}),
        "pages/article/article.js": "Page({ data: { doc: { type: 't0', children: [] } } })\n",
        "pages/article/article.wxml": page,
    })
    builds: Counter[str] = Counter()
    original = TemplateBuilder.build

    def counted(self: TemplateBuilder, root: object = None) -> Document:
        builds[self.shown] += 1
        return original(self, root)  # type: ignore[arg-type]

    monkeypatch.setattr(TemplateBuilder, "build", counted)
    result = run([tmp_path], RunOptions(config=preset_path("recommended"), cwd=tmp_path, jobs=1, no_cache=True))
    assert [(f.rule, f.path, f.line) for f in result.findings] == [
        ("consent-prechecked", "pages/article/article.wxml", 2)]
    # Its own unit (alone) and, on the page, its use grafted and the build it is compared with: not 12 + 144
    # + 1,728 nested ones.
    assert builds == Counter({"pages/article/article.wxml": 1, "components/md-node/md-node.wxml": 3})


def test_a_shared_scss_import_is_parsed_once_for_every_component(tmp_path: Path) -> None:
    # wot-design-uni: each of 106 components imports one 80 KB variables file; it was parsed again for each
    # (through a path spelled `c0/../common/variable.scss`, a different key per component).
    from lint.frontends.vue import styles

    tokens = "".join(f"$size-{i}: {10 + i % 20}rpx;\n" for i in range(1500)) + ".tip { font-size: $size-0; }\n"
    files = {"components/common/variable.scss": tokens}
    for i in range(12):
        files[f"components/c{i}/c{i}.vue"] = (
            f'<template><view class="c{i}"><text class="tip">同意《用户协议》</text></view></template>\n'
            "<script setup>\n</script>\n"
            f"<style lang=\"scss\">\n@import '../common/variable.scss';\n.c{i} {{ padding: $size-3; }}\n</style>\n")
    _write(tmp_path, files)
    styles._nested.cache_clear()
    result = run([tmp_path / "components"], RunOptions(config=preset_path("recommended"), cwd=tmp_path, jobs=1,
                                                        no_cache=True))
    assert sorted({(f.rule, f.path) for f in result.findings}) == [
        ("legal-text-small", f"components/c{i}/c{i}.vue") for i in sorted(range(12), key=str)]
    info = styles._nested.cache_info()
    assert info.misses == 12 + 1 and info.hits == 11  # each component's own block, and the import once
    evidence = {e.path for f in result.findings for e in f.evidence}
    assert "components/common/variable.scss" in evidence  # not `components/c0/../common/variable.scss`


def test_a_components_script_is_parsed_once_for_every_page_that_uses_it(
        settings_page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lint.frontends import ts
    from lint.frontends.mini import loader

    for i in range(3):  # two more pages of the same app, using the same cells
        (settings_page / f"pages/p{i}").mkdir()
        for ext in (".json", ".js", ".wxml"):
            source = (settings_page / "pages/settings/settings").with_suffix(ext)
            (settings_page / f"pages/p{i}/p{i}{ext}").write_bytes(source.read_bytes())
    parses: Counter[bytes] = Counter()
    real = ts.parser

    class Counting:
        def __init__(self, grammar: str) -> None:
            self.inner = real(grammar)
            self.grammar = grammar

        def __getattr__(self, name: str) -> object:
            return getattr(self.inner, name)

        def parse(self, data: bytes) -> object:
            if self.grammar in ("javascript", "typescript"):
                parses[data] += 1
            return self.inner.parse(data)

    monkeypatch.setattr(ts, "parser", Counting)
    getattr(loader, "_TREES", {}).clear()
    result = run([settings_page / "pages"], RunOptions(config=preset_path("recommended"), cwd=settings_page,
                                                       jobs=1, no_cache=True))
    assert len(result.findings) == 4  # the marketing row of each of the four pages
    scripts = {path.read_bytes() for path in settings_page.rglob("*.js")}
    counted = {data: n for data, n in parses.items() if data in scripts}  # not expressions parsed as snippets
    assert len(counted) == 4  # the pages' script (the same bytes) and the three components'
    assert max(counted.values()) == 1  # each parsed once across the four units


def test_the_kept_template_trees_are_bounded_by_their_source_bytes() -> None:
    # A run over large generated pages must not keep 64 of them (a tree costs ~10x its source).
    mask._PARSED.clear()
    row = '<view class="row"><text>订单 {{item.id}}</text></view>\n'
    for i in range(40):
        mask.parse_masked(f"<!-- page {i} -->\n".encode() + (row * 2000).encode())  # ~100 KB each
    assert 0 < len(mask._PARSED) < 40
    assert sum(map(len, mask._PARSED)) <= mask._PARSED_BYTES
    huge = (row * 20000).encode()  # ~1 MB: parsed, not kept
    mask.parse_masked(huge)
    assert huge not in mask._PARSED

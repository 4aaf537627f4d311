"""Template start tags are read as written, whatever awkward shape real templates give them.

`class=""` once made every page holding it an internal error (tree-sitter has no value node inside empty quotes, and
`named_child` raises past the end): nothing on such a page was linted. Random tags are generated with the
attributes they must read as (last value wins, first position kept, as a dict keeps them): `{{ }}` holding quotes
and comparisons, both quote styles, bare values (a trailing slash included), bare attributes, spaces and newlines
around `=`, non-ASCII text, self-closing tags.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lint.frontends.mini import template as T
from lint.frontends.mini.mask import mask
from lint.frontends.ts import parser

_FUZZ = settings(max_examples=int(os.environ.get("DARKLINT_FUZZ_EXAMPLES", "60")), deadline=None,
                 derandomize="DARKLINT_FUZZ_EXAMPLES" not in os.environ,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

Attrs = dict[str, str | None]


def _read(data: bytes) -> list[Attrs]:
    """Every element's attributes, in document order, as the template builder reads them."""
    builder = T.TemplateBuilder.__new__(T.TemplateBuilder)  # only the attribute reader, no page around it
    builder.data = data
    builder.attribute_ids, builder.quoted_ids = T.html_kinds("attribute"), T.html_kinds("quoted_attribute_value")
    elements = T.html_kinds("element")
    found: list[Attrs] = []
    stack = [parser("html").parse(mask(data)).root_node]
    while stack:
        node = stack.pop()
        stack.extend(reversed(node.children))
        if node.kind_id in elements:
            found.append(builder._attributes(node.child(0)))
    return found


def test_empty_bare_and_slashed_values() -> None:
    page = '<view class="" style=\'\'><checkbox checked value="" /><image src=icons/ mode=aspectFit/></view>\n'
    assert _read(page.encode()) == [
        {"class": "", "style": ""},
        {"checked": None, "value": ""},
        {"src": "icons/", "mode": "aspectFit/"},  # not self-closing: the grammar reads the slash into the value
    ]


_NAMES = st.sampled_from(["class", "Class", "wx:if", "bindtap", "catch:tap", "data-id", "checked", "style", "src",
                          "hidden", "a:if", "onTap", ":class", "@tap", "aria-label", "id"])
_VALUES = st.sampled_from([
    "", "agree", "{{agreed}}", "{{a > b ? 'x' : \"y\"}}", "{{ count < 99 && !hidden }}",
    "font-size: 20rpx; color: #999", "同意《隐私政策》", "a b  c", "{{'>'}}", "x=y", "{{ list.length > 0 }}",
    "/pages/privacy/privacy?from=login&x=1", "icons/", "a`b", "&amp;", "{{}}",
])


@st.composite
def _tag(draw: st.DrawFn) -> tuple[str, Attrs]:
    parts: list[str] = []
    expected: Attrs = {}
    bare = False
    for _ in range(draw(st.integers(0, 5))):
        name, value = draw(_NAMES), draw(_VALUES)
        space = draw(st.sampled_from([" ", "\n    ", "  ", "\t"]))
        eq = draw(st.sampled_from(["=", " = ", "=\n"]))
        form = draw(st.sampled_from(["double", "single", "bare", "none"]))
        written: str | None = value
        bare = False
        if form == "double" and '"' not in value:
            parts.append(f'{space}{name}{eq}"{value}"')
        elif form == "single" and "'" not in value:
            parts.append(f"{space}{name}{eq}'{value}'")
        elif form == "bare" and value and all(c not in value for c in " \t\n\"'=<>{}"):
            parts.append(f"{space}{name}{eq}{value}")
            bare = True
        else:
            parts.append(f"{space}{name}")
            written = None
        expected[name] = written
    tag = draw(st.sampled_from(["view", "text", "checkbox", "navigator", "van-checkbox", "label"]))
    if bare:
        parts.append(" ")  # `a=b/>` reads `b/` as the value (tested above): end the bare value first
    end = draw(st.sampled_from([">", " >", "/>", " />"]))
    body = "" if end.endswith("/>") else f"{draw(_VALUES)}</{tag}>"
    return f"<{tag}{''.join(parts)}{end}{body}", expected


@given(st.lists(_tag(), min_size=1, max_size=4))
@_FUZZ
def test_random_start_tags_read_as_written(tags: list[tuple[str, Attrs]]) -> None:
    data = f"<view>{''.join(text for text, _ in tags)}</view>\n".encode()
    read = _read(data)
    assert read[0] == {}
    assert [list(r.items()) for r in read[1:]] == [list(expected.items()) for _, expected in tags]


@pytest.mark.parametrize(("rel", "source"), [
    ("mini/pages/a/a.wxml", "<view>\n  <text>《用户协议》 & 《隐私政策》</text>\n"
     "  <text>A &amp; B &#169; &#x4e2d;</text>\n</view>\n"),
    ("mini/pages/b/b.axml", "<view>\n  <text>Terms & Conditions</text>\n</view>\n"),
    ("uni/pages/c/c.vue", "<template>\n  <view>\n    <text>《用户协议》 & 《隐私政策》</text>\n"
     "  </view>\n</template>\n"),
    ("taro/src/pages/d/index.jsx", "import { View } from '@tarojs/components'\nexport default function D() {\n"
     "  const both = a & b\n  return <View>《用户协议》 & 《隐私政策》 {both && 'x'}</View>\n}\n"),
])
def test_a_bare_ampersand_in_text_is_text_not_a_parse_error(tmp_path: Path, rel: str, source: str) -> None:
    from lint.runner import RunOptions, run

    (tmp_path / "mini").mkdir()
    (tmp_path / "mini" / "app.json").write_text('{"pages": ["pages/a/a", "pages/b/b"]}', encoding="utf-8")
    (tmp_path / "taro" / "config").mkdir(parents=True)
    (tmp_path / "taro" / "config" / "index.js").write_text("module.exports = { designWidth: 750 }\n", encoding="utf-8")
    path = tmp_path / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source, encoding="utf-8")
    result = run([path], RunOptions(cwd=tmp_path, no_cache=True, jobs=1))
    assert result.files_checked == 1
    assert [f for f in result.findings if f.rule in ("parse-error", "internal-error")] == []


def test_a_broken_jsx_module_is_still_a_parse_error(tmp_path: Path) -> None:
    from lint.runner import RunOptions, run

    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "index.js").write_text("module.exports = { designWidth: 750 }\n", encoding="utf-8")
    page = tmp_path / "src" / "index.jsx"
    page.parent.mkdir()
    page.write_text("import { View } from '@tarojs/components'\nexport default () => <View>& {</View>\n",
                    encoding="utf-8")
    result = run([page], RunOptions(cwd=tmp_path, no_cache=True, jobs=1))
    assert [f.rule for f in result.findings] == ["parse-error"]

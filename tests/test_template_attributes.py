"""Template start tags are read as written, whatever awkward shape real templates give them.

`class=""` once made every page holding it an internal error (tree-sitter has no value node inside empty quotes, and
`named_child` raises past the end): nothing on such a page was linted. Random tags are generated with the
attributes they must read as (last value wins, first position kept, as a dict keeps them): `{{ }}` holding quotes
and comparisons, both quote styles, bare values (a trailing slash included), bare attributes, spaces and newlines
around `=`, non-ASCII text, self-closing tags.
"""

from __future__ import annotations

import os

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

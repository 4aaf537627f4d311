"""Mixins in SCSS and Less (scss.py): what an include sets is read when the mixin is known, unknown otherwise."""

from __future__ import annotations

from lint.frontends.scss import UNRESOLVED, parse_nested


def _sizes(source: str, variables: dict[str, str | None] | None = None) -> dict[str, list[tuple[str, int]]]:
    sheet = parse_nested(source.encode(), "a.scss", 0, variables)
    return {r.selector_text: [(d.value, d.line) for d in r.declarations if d.prop == "font-size"] for r in sheet.rules}


def test_a_known_mixin_sets_what_its_body_sets_at_the_include() -> None:
    found = _sizes("""@mixin caption($size: 22rpx, $weight: 400) {
  font-size: $size;
  font-weight: $weight;
}
.a { @include caption; }
.b {
  @include caption(18rpx);
}
.c { @include caption($weight: 600, $size: 20rpx); }
""")
    assert found == {".a": [("22rpx", 5)], ".b": [("18rpx", 7)], ".c": [("20rpx", 9)]}


def test_a_mixin_writing_nested_rules_and_including_another() -> None:
    found = _sizes("""@mixin small { font-size: 20rpx; }
@mixin legal-block {
  .link { @include small; }
}
.agreement { @include legal-block; }
""")
    assert found == {".agreement .link": [("20rpx", 5)]}


def test_an_unknown_mixin_a_content_block_or_a_less_call_may_set_the_size() -> None:
    found = _sizes("""@mixin wrap { .inner { @content; } }
.a { font-size: 20rpx; @include text-ellipsis; }
.b { @include wrap { color: red; } font-size: 20rpx; }
.c { .caption(); }
.d { @include missing-arg; }
@mixin needs($size) { font-size: $size; }
.e { @include needs; }
""")
    assert found[".a"] == [("20rpx", 2), (UNRESOLVED, 2)]
    assert found[".b"] == [(UNRESOLVED, 3), ("20rpx", 3)]  # the literal after it still wins
    assert found[".c"] == [(UNRESOLVED, 4)]
    assert found[".d"] == [(UNRESOLVED, 5)]
    assert found[".e"] == [(UNRESOLVED, 7)]  # an argument missing: not a call this reads


def test_a_mixin_including_itself_stops() -> None:
    found = _sizes("""@mixin loop { font-size: 20rpx; @include loop; }
.a { @include loop; }
""")
    assert found[".a"][0] == ("20rpx", 2) and found[".a"][-1] == (UNRESOLVED, 2)


def test_imported_mixins_arrive_with_the_variables() -> None:
    imported = parse_nested(b"@mixin micro { font-size: 18rpx; }\n$gap: 8rpx;\n", "t.scss").variables
    assert _sizes(".a { @include micro; }\n", imported) == {".a": [("18rpx", 1)]}
    namespaced = {f"t.{k}": v for k, v in imported.items()}  # `@use 'tokens' as t`
    assert _sizes(".a { @include t.micro; }\n", namespaced) == {".a": [("18rpx", 1)]}


def test_a_function_with_one_return_is_computed() -> None:
    found = _sizes("""$design-width: 375;
@function rpx($value) { @return $value * calc(750 / $design-width) * 1rpx; }
@function half($px, $ratio: 2) {
  // a comment inside
  @return math.div($px, $ratio) * 1px;
}
@function twice($v) { @return rpx($v) * 2; }
@function branchy($x) { @if $x > 1 { @return 1px; } @return 2px; }
.a { font-size: rpx(11); }
.b { font-size: half(22); }
.c { font-size: twice(5); }
.d { font-size: branchy(3); }
.e { font-size: px2vw(20); }
.f { font-size: rpx($from-elsewhere); }
.g { font: 400 rpx(12)/1.4 sans-serif; }
""")
    assert found[".a"] == [("22rpx", 9)] and found[".b"] == [("11px", 10)] and found[".c"] == [("20rpx", 11)]
    unknown = [found[k] for k in (".d", ".e", ".f")]
    assert unknown == [[(UNRESOLVED, 12)], [(UNRESOLVED, 13)], [(UNRESOLVED, 14)]]
    shorthand = b"@function rpx($v) { @return $v * 2rpx; }\n.g { font: 400 rpx(12)/1.4 sans-serif; }"
    sheet = parse_nested(shorthand, "a.scss")
    assert [(d.prop, d.value) for d in sheet.rules[0].declarations] == [("font", "400 24rpx/1.4 sans-serif")]


def test_sass_arithmetic() -> None:
    from lint.frontends.sassmath import evaluate

    assert evaluate("11 * calc(750 / 375) * 1rpx") == "22rpx"
    assert evaluate("math.div(22, 2) * 1px") == "11px"
    assert evaluate("(10 + 2) * 1rpx / 2") == "6rpx"
    assert evaluate("1px + 2") == "3px"
    assert evaluate("-3px") == "-3px"
    for unknown in ("2px * 3px", "10 / 0", "calc(100% - 2px)", "$x * 2", "12px + 1rpx", "floor(2.5)"):
        assert evaluate(unknown) is None


def test_a_less_mixin_definition_is_not_a_rule() -> None:
    """`.button-outline(@color, @bg: transparent) { … }` defines a mixin; read as a selector it matched every
    element (and made each one's size unknown once its calls were read)."""
    sheet = parse_nested(b""".button-outline(@color, @bg-color: transparent) {
  font-size: 20rpx;
  .reset();
}
.encoded-svg(@svg, @color: #c7c7cc) when (@svg = right) { display: none; }
.tip { font-size: 20rpx; }
""", "mixins.less")
    assert [r.selector_text for r in sheet.rules] == [".tip"]

"""Style sheets keep exactly the rules that set a property darklint reads, whatever else a block holds."""

from __future__ import annotations

from lint.frontends import css
from lint.frontends.cascade import Cascade, Element


def test_every_read_property_is_noticed_in_a_block() -> None:
    for prop in css.PROPERTIES:  # the bytes prefilter must never hide a property the cascade needs
        for spelled in (prop, prop.upper()):
            sheet = css.parse(f".a {{ color: red; {spelled}: 1px; }}".encode(), "a.wxss")
            assert [d.prop for r in sheet.rules for d in r.declarations] == [prop], spelled


def test_blocks_without_read_properties_are_dropped_and_order_is_kept() -> None:
    sheet = css.parse(b".pad { padding: 8rpx; color: #333; }\n.title { font-size: 12px; }\n"
                      b".row { display: flex; margin: 0; }\n", "p.wxss")
    assert [(r.selector_text, r.order) for r in sheet.rules] == [(".title", 1), (".row", 2)]
    assert [d.line for r in sheet.rules for d in r.declarations] == [2, 3]


def _winner(sheets: list[css.StyleSheet], chain: list[Element], inline: str = "") -> str:
    computed = Cascade(sheets).computed(chain, css.parse_inline(inline, "p.wxml", 1) if inline else ())
    return computed["font-size"][0].value


def test_a_later_sheet_wins_a_tie_whatever_each_sheets_rule_count() -> None:
    # Each sheet numbers its own rules (app.wxss is parsed once and shared by every page), so rule 3 of
    # app.wxss must still lose to rule 1 of the page's sheet, which comes after it in the cascade.
    app = css.parse(b".a { color: red; }\n.b { font-size: 1px; }\n.tip { font-size: 20rpx; }\n", "app.wxss")
    page = css.parse(b".tip { font-size: 26rpx; }\n", "p.wxss")
    chain: list[Element] = [("page", frozenset(), None), ("text", frozenset({"tip"}), None)]
    assert _winner([app, page], chain) == "26rpx"
    assert _winner([page, app], chain) == "20rpx"  # an imported sheet comes before the one importing it


def test_importance_then_specificity_then_position() -> None:
    sheet = css.parse(b"#x { font-size: 10px; }\n.tip { font-size: 30px !important; }\ntext.tip { font-size: 20px; }\n",
                      "p.wxss")
    tip: list[Element] = [("text", frozenset({"tip"}), None)]
    assert _winner([sheet], tip) == "30px"  # !important beats a more specific rule
    plain = css.parse(b"text.tip { font-size: 20px; }\n.tip { font-size: 14px; }\n", "p.wxss")
    assert _winner([plain], tip) == "20px"  # specificity beats order


def test_an_inline_style_beats_any_selector_unless_important() -> None:
    sheet = css.parse(b"#footer #fine { font-size: 9px; }\n", "p.wxss")
    chain: list[Element] = [("view", frozenset(), "footer"), ("text", frozenset(), "fine")]
    assert _winner([sheet], chain, "font-size: 13px") == "13px"
    forced = css.parse(b"#fine { font-size: 9px !important; }\n", "p.wxss")
    assert _winner([forced], chain, "font-size: 13px") == "9px"


def _size(cascade: Cascade, chain: list[Element]) -> str:
    decl, _ = cascade.computed(chain)["font-size"]
    return decl.value


def test_custom_properties_of_the_root_are_substituted_and_others_stay_unknown() -> None:
    theme = css.parse(b":root { --tip: 11px; --nested: var(--tip); }\n"
                      b".card { --card: 10px; }\n", "theme.css")
    page = css.parse(b".a { font-size: var(--tip); }\n.b { font-size: var(--gone, 9px); }\n"
                     b".c { font-size: var(--card); }\n.d { font-size: var(--nested); }\n"
                     b".e { font-size: VAR(--tip); }\n", "page.css")
    cascade = Cascade([theme, page])
    chain: list[Element] = [("page", frozenset(), None), ("view", frozenset({"a"}), None)]
    assert _size(cascade, chain) == "11px"
    _, selector = cascade.computed(chain)["font-size"]
    assert "--tip: 11px in :root (theme.css:1)" in selector
    assert _size(cascade, [("view", frozenset({"b"}), None)]) == "9px"  # set nowhere: the fallback
    assert _size(cascade, [("view", frozenset({"c"}), None)]) == "var(--card)"  # set below the root
    assert _size(cascade, [("view", frozenset({"d"}), None)]) == "var(--nested)"  # one property through another
    # Markup that sets custom properties on elements: none is known.
    assert _size(Cascade([theme, page], inline_vars=True), chain) == "var(--tip)"


def test_custom_property_names_keep_their_case() -> None:
    sheet = css.parse(b"page { --Tip: 10px; --tip: 20px; }\n.a { font-size: var(--Tip); }\n", "p.css")
    assert _size(Cascade([sheet]), [("view", frozenset({"a"}), None)]) == "10px"


def test_weui_inline_icons_and_empty_declarations_are_valid_css() -> None:
    # WeUI's icons are unquoted data URLs full of `%` escapes and commas; `;;` is an empty declaration. Both are
    # CSS every runtime reads, and were reported as syntax errors (error level, on a vendored weui.wxss).
    sheet = css.parse(
        b'.weui-icon-success {\n'
        b'  mask-image: url(data:image/svg+xml,%3Csvg%20viewBox%3D%220%200%2024%2024%22%3E%3C%2Fsvg%3E);\n'
        b'  -webkit-mask: url(data:image/svg+xml,%3Csvg%3E%3C%2Fsvg%3E) no-repeat 50% 50%;\n'
        b'  display: inline-block;;\n'
        b'}\n'
        b'.weui-agree__text { font-size: 10px; background: url( "a,b%.png" ); }\n'
        b'.after { font-size: 9px;; ; color: #999; }\n', "weui.wxss")
    assert sheet.error is None
    sizes = [(r.selector_text, [(d.prop, d.value, d.line) for d in r.declarations]) for r in sheet.rules]
    assert sizes == [(".weui-icon-success", [("display", "inline-block", 4)]),
                     (".weui-agree__text", [("font-size", "10px", 6)]), (".after", [("font-size", "9px", 7)])]
    broken = css.parse(b".a { font-size: 10px }\n.b { font-size: 12px; color: #999 }}\n", "x.wxss")
    assert broken.error is not None and broken.error[0] == 2  # a real error is still reported where it is

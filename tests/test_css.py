"""Style sheets keep exactly the rules that set a property darklint reads, whatever else a block holds."""

from __future__ import annotations

from lint.frontends import css


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

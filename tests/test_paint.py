"""Colours and contrast (mini/colors.py, mini/paint.py): read only as far as they are known, and only when asked."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.derived import showing
from lint.frontends.mini.colors import WHITE, contrast, faded, hex_of, over, parse_color
from lint.frontends.mini.page import build
from lint.frontends.mini.paint import _pale, read_own
from lint.model import Document, Node


@pytest.mark.parametrize(("written", "expected"), [
    ("#ccc", (204.0, 204.0, 204.0, 1.0)),
    ("#CCCCCC", (204.0, 204.0, 204.0, 1.0)),
    ("#0000001a", (0.0, 0.0, 0.0, 26 / 255)),
    ("rgba(0, 0, 0, .4)", (0.0, 0.0, 0.0, 0.4)),
    ("rgb(0 0 0 / 40%)", (0.0, 0.0, 0.0, 0.4)),
    ("white", (255.0, 255.0, 255.0, 1.0)),
    ("transparent", (0.0, 0.0, 0.0, 0.0)),
])
def test_colours_the_runtimes_read(written: str, expected: tuple[float, ...]) -> None:
    found = parse_color(written)
    assert found is not None and all(abs(a - b) < 1e-6 for a, b in zip(found, expected, strict=True))


@pytest.mark.parametrize("written", ["currentColor", "{{tipColor}}", "var(--grey)", "inherit", "papayawhipish",
                                     "#ccccc", "rgb(1, 2)", "color-mix(in srgb, red, blue)"])
def test_a_colour_not_known_is_none(written: str) -> None:
    assert parse_color(written) is None


@pytest.mark.parametrize(("written", "expected"), [
    # Not CSS numbers (Python's float() takes them): the runtime drops the colour, so it is not known.
    ("rgb(nan, 0, 0)", None), ("rgba(0, 0, 0, nan)", None), ("rgb(inf, 0, 0)", None), ("rgb(0 0 0 / -inf)", None),
    ("rgba(0, 0, 0, infinity)", None), ("rgb(1_0, 0, 0)", None), ("hsl(nan, 0%, 50%)", None),
    ("hsl(0, 0%, nan%)", None), ("hsla(0, 0%, 50%, nan)", None), ("#+f+f+f", None),
    # Overflowing exponents are not finite: how a runtime clamps them is not known.
    ("rgb(1e999, 0, 0)", None), ("rgba(0, 0, 0, 1e999)", None), ("hsl(1e999, 0%, 50%)", None),
    # Out-of-range finite values are clamped, as CSS does.
    ("rgba(0, 0, 0, -0.5)", (0.0, 0.0, 0.0, 0.0)), ("rgb(150%, 0%, -20%)", (255.0, 0.0, 0.0, 1.0)),
    ("rgb(0 0 0 / 250%)", (0.0, 0.0, 0.0, 1.0)), ("rgb(1e5, 0, 0)", (255.0, 0.0, 0.0, 1.0)),
    ("rgb(1e300%, 0, 0)", (255.0, 0.0, 0.0, 1.0)), ("hsl(0, 0%, 150%)", (255.0, 255.0, 255.0, 1.0)),
])
def test_numbers_outside_css_are_unknown_and_out_of_range_ones_clamped(
        written: str, expected: tuple[float, ...] | None) -> None:
    found = parse_color(written)
    if expected is None:
        assert found is None
    else:
        assert found is not None and all(abs(a - b) < 1e-6 for a, b in zip(found, expected, strict=True))


_NUMBERS = st.one_of(st.floats(allow_nan=True, allow_infinity=True).map(repr),
                     st.sampled_from(["nan", "-nan", "inf", "-inf", "infinity", "1e999", "-1e999", "1e-999", ".5",
                                      "5.", "+1", "1_0", "0x1f", ""]),
                     st.from_regex(r"\A-?[0-9]{0,4}(\.[0-9]{0,3})?(e[+-]?[0-9]{1,4})?\Z"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_NUMBERS, st.sampled_from(["", "%", "deg"])), min_size=3, max_size=4),
       st.sampled_from(["rgb", "rgba", "hsl", "hsla"]), st.sampled_from([", ", " "]))
def test_any_number_in_a_colour_function_reads_or_is_unknown(parts: list[tuple[str, str]], name: str,
                                                                separator: str) -> None:
    written = f"{name}({separator.join(n + unit for n, unit in parts)})"
    found = parse_color(written)
    if found is not None:
        assert all(math.isfinite(c) and 0 <= c <= 255 for c in found[:3]) and 0 <= found[3] <= 1
        hex_of(found)  # what the finding prints
        assert 1 <= contrast(over(found, WHITE), WHITE) <= 21


@pytest.mark.parametrize(("written", "expected"), [("nan", None), ("inf", None), ("1e999", None), ("-0.5", 0.0),
                                                   ("150%", 1.0), ("40%", 0.4), ("nan%", None), (".3", 0.3)])
def test_opacity_numbers(written: str, expected: float | None) -> None:
    found = read_own(_styles(opacity=written), "view").opacity  # type: ignore[arg-type]
    assert found == expected if expected is None else found is not None and abs(found - expected) < 1e-9


def test_a_nan_colour_does_not_lose_the_page(tmp_path: Path) -> None:
    doc, nodes = _page(tmp_path, '<view class="a">登录即同意《用户协议》</view><text class="b">同意《隐私政策》</text>',
                       ".a { color: rgb(nan, 0, 0); }\n.b { color: #ccc; background-color: rgba(0, 0, 0, nan); }")
    assert doc.paint is not None
    showing(doc.roots, doc.beside, doc.paint)
    try:
        assert nodes["登录即同意《用户协议》"].fact("contrast").value is None
        assert nodes["同意《隐私政策》"].fact("contrast").value is None
    finally:
        showing(())


def test_wcag_ratios_and_compositing() -> None:
    grey = parse_color("#999")
    assert grey is not None and round(contrast(grey, WHITE), 2) == 2.85
    # #333 faded to 30% over white is about #c2c2c2.
    dark = parse_color("#333")
    assert dark is not None
    mixed = over(faded(dark, 0.3), WHITE)
    assert mixed[3] == 1.0 and abs(mixed[0] - (0.3 * 51 + 0.7 * 255)) < 1e-6
    assert round(contrast(mixed, WHITE), 2) == 1.78


def _styles(**props: str) -> dict[str, tuple[object, str]]:
    from lint.frontends.css import Declaration

    return {name.replace("_", "-"): (Declaration(name.replace("_", "-"), value, False, "a.wxss", 1), ".x")
            for name, value in props.items()}


def test_backgrounds_known_only_as_colours() -> None:
    assert read_own(_styles(background="#1f1f1f"), "view").layer == (31.0, 31.0, 31.0, 1.0)  # type: ignore[arg-type]
    assert read_own(_styles(background="#fff url(a.png) no-repeat"), "view").layer is None  # type: ignore[arg-type]
    assert read_own(_styles(background="linear-gradient(#000, #fff)"), "view").layer is None  # type: ignore[arg-type]
    assert read_own(_styles(background_image="url(a.png)"), "view").layer is None  # type: ignore[arg-type]
    # Two declarations whose order is not kept here: known only when they agree.
    assert read_own(_styles(background="#fff", background_color="#000"), "view").layer is None  # type: ignore[arg-type]
    # A runtime-drawn button: its face and text colour are its own, not the page's.
    button = read_own({}, "button")
    assert button.layer is None and not button.inherit_color


def _write(root: Path, files: dict[str, str]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")


def _page(tmp_path: Path, wxml: str, wxss: str = "") -> tuple[Document, dict[str, Node]]:
    _write(tmp_path, {"app.json": '{"pages": ["pages/a/a"]}', "pages/a/a.wxml": wxml, "pages/a/a.wxss": wxss})
    doc = build(tmp_path / "pages/a/a.wxml", lambda p: p.name)[0]
    nodes = {str(n.fact("text").value): n for root in doc.roots for n in root.walk() if n.kind == "text"}
    return doc, nodes


def test_colours_are_read_only_when_a_rule_asks(tmp_path: Path) -> None:
    doc, nodes = _page(tmp_path, '<view class="row"><text class="tip">同意《隐私政策》</text></view>',
                       ".row { opacity: .5 }\n.tip { color: #999; font-size: 24rpx }")
    node = nodes["同意《隐私政策》"]
    assert node.fact("font_size").value == 12.0  # settling a node's other facts reads no colour
    assert "contrast" not in node.facts and doc.paint is not None
    showing(doc.roots, doc.beside, doc.paint)
    try:
        found = node.fact("contrast")
    finally:
        showing(())
    assert found.value == 1.61  # #999 at 50% on white is #ccc
    assert node.facts["text_color"].value == "#999999 faded to 50% by opacity"
    assert node.facts["background_color"].value == "#ffffff"
    assert [e.note for e in found.evidence] == [".tip { color: #999 }", ".row { opacity: .5 }",
                                                "a wechat page is drawn on white: nothing under the text, up to "
                                                "the page, sets a background"]


@pytest.mark.parametrize(("written", "fade", "pale"), [
    ("#999", 1.0, True), ("#cccccc", 1.0, True),
    ("#b0b8c4", 1.0, True), ("#94a3b8", 1.0, True),  # slate greys: a tint 20 and 36 apart is still a grey
    ("#07c160", 1.0, False), ("#ff9900", 1.0, False),  # brand colours: saturated, chosen to stand out
    ("#a0d8ff", 1.0, True), ("#ffe4b5", 1.0, True),  # pastels (95 and 74 apart): washed out on white (1.53, 1.23)
    ("#07c160", 0.5, True), ("rgba(7, 193, 96, .5)", 1.0, True),  # faded by an opacity or its own alpha
])
def test_pale_is_a_grey_a_faded_or_a_washed_out_colour(written: str, fade: float, pale: bool) -> None:
    color = parse_color(written)
    white = parse_color("#fff")
    assert color is not None and white is not None
    assert _pale(color, fade, contrast(color, white)) is pale


def test_without_a_painter_the_contrast_is_unknown(tmp_path: Path) -> None:
    _, nodes = _page(tmp_path, '<text style="color: #ccc">同意《隐私政策》</text>')
    assert nodes["同意《隐私政策》"].fact("contrast").value is None  # no document is being evaluated

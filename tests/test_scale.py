"""How much `transform`/`zoom`/`scale` shrink text (mini/scale.py): what is read, and what stays unknown."""

from __future__ import annotations

import pytest

from lint.frontends.cascade import DOUBTFUL
from lint.frontends.css import Declaration
from lint.frontends.mini.scale import combine_scale, scale_factor, scaled
from lint.model import Fact


def _styles(**props: str) -> dict[str, tuple[Declaration, str]]:
    return {p.replace("_", "-"): (Declaration(p.replace("_", "-"), v, False, "a.wxss", 3), ".tip")
            for p, v in props.items()}


@pytest.mark.parametrize(("props", "factor"), [
    ({"transform": "scale(0.8)"}, 0.8),
    ({"transform": "scale(1, 0.5)"}, 0.5),  # the vertical factor is the text's size
    ({"transform": "scaleY(0.6) translateX(-50%)"}, 0.6),
    ({"transform": "scale3d(0.9, 0.7, 1)"}, 0.7),
    ({"transform": "scale(80%)"}, 0.8),
    ({"transform": "scale(-0.5)"}, 0.5),  # mirrored, still half the size
    ({"transform": "scale(0.5) scale(0.5)"}, 0.25),
    ({"_webkit_transform": "scale(0.75)"}, 0.75),
    ({"zoom": "0.9"}, 0.9),
    ({"zoom": "50%"}, 0.5),
    ({"scale": "0.8"}, 0.8),
    ({"scale": "1 0.5"}, 0.5),
    ({"transform": "scale(0.8)", "zoom": "0.5"}, 0.4),
])
def test_a_known_scale_is_read(props: dict[str, str], factor: float) -> None:
    found = scale_factor(_styles(**props), "view")
    assert found is not None and found.value == pytest.approx(factor)
    assert found.evidence and "scaled by" in found.evidence[-1].note


@pytest.mark.parametrize("props", [
    {"transform": "translate(-50%, -50%)"},
    {"transform": "rotate(45deg) skewX(10deg)"},
    {"transform": "scaleX(0.6)"},  # narrower glyphs, same height
    {"transform": "none"},
    {"zoom": "normal"},
    {"scale": "none"},
    {"transform": "scale(2) scale(0.5)"},
])
def test_what_leaves_the_size_alone_is_no_scale(props: dict[str, str]) -> None:
    assert scale_factor(_styles(**props), "view") is None


@pytest.mark.parametrize("props", [
    {"transform": "matrix(0.5, 0, 0, 0.5, 0, 0)"},
    {"transform": "var(--shrink)"},
    {"transform": "scale({{ratio}})"},
    {"transform": DOUBTFUL},  # a rule that may or may not apply (`@media`)
    {"zoom": "var(--z)"},
    {"transform": "scale(0.8)", "_webkit_transform": "scale(0.5)"},  # which one renders depends on their order
    {"transform": "scale(calc(1 / 2))"},
])
def test_what_is_not_known_makes_the_scale_unknown(props: dict[str, str]) -> None:
    found = scale_factor(_styles(**props), "view")
    assert found is not None and found.value is None


def test_scales_multiply_down_the_tree_and_unknown_wins() -> None:
    outer, inner = scale_factor(_styles(transform="scale(0.5)"), "view"), scale_factor(_styles(zoom="0.8"), "text")
    both = combine_scale(outer, inner)
    assert both is not None and both.value == pytest.approx(0.4) and len(both.evidence) == 2
    assert combine_scale(None, inner) is inner and combine_scale(outer, None) is outer
    unknown = combine_scale(outer, Fact(None))
    assert unknown is not None and unknown.value is None
    size = scaled(Fact(14.0), both)
    assert size.value == pytest.approx(5.6) and size.evidence[-1].note.endswith("renders at 5.6px")
    assert scaled(Fact(14.0), Fact(None)).value is None
    assert scaled(Fact(None), both).value is None
    assert scaled(Fact(14.0), None).value == 14.0


def test_a_transform_does_not_apply_to_an_inline_box() -> None:
    """CSS Transforms 1: only block-level and atomic inline boxes transform; `zoom` applies to any element."""
    assert scale_factor(_styles(transform="scale(0.8)"), "text") is None  # WeChat/uni-app `<text>`: inline
    assert scale_factor(_styles(transform="scale(0.8)"), "Text") is None  # Taro
    assert scale_factor(_styles(scale="0.8"), "span") is None
    block = scale_factor(_styles(transform="scale(0.8)", display="inline-block"), "text")
    assert block is not None and block.value == pytest.approx(0.8)
    inline = scale_factor(_styles(transform="scale(0.8)", display="inline"), "view")
    assert inline is None
    zoomed = scale_factor(_styles(transform="scale(0.5)", zoom="0.8"), "text")
    assert zoomed is not None and zoomed.value == pytest.approx(0.8)


def test_a_transform_on_a_box_of_unknown_display_is_unknown() -> None:
    host = scale_factor(_styles(transform="scale(0.8)"), "legal-footer")  # a custom component's host
    assert host is not None and host.value is None
    bound = scale_factor(_styles(transform="scale(0.8)", display="{{mode}}"), "view")
    assert bound is not None and bound.value is None
    assert scale_factor(_styles(transform="translateX(-50%)"), "legal-footer") is None  # moves, never scales

"""How much `transform`/`zoom`/`scale` shrink text (mini/styles.py): what is read, and what stays unknown."""

from __future__ import annotations

import pytest

from lint.frontends.cascade import DOUBTFUL
from lint.frontends.css import Declaration
from lint.frontends.mini.styles import combine_scale, scale_factor, scaled
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
    found = scale_factor(_styles(**props))
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
    assert scale_factor(_styles(**props)) is None


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
    found = scale_factor(_styles(**props))
    assert found is not None and found.value is None


def test_scales_multiply_down_the_tree_and_unknown_wins() -> None:
    outer, inner = scale_factor(_styles(transform="scale(0.5)")), scale_factor(_styles(zoom="0.8"))
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

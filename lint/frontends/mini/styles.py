"""Computed-style facts of a template element: visibility from styles, and font size in px.

Sizes are CSS px at the 375-px design width the runtimes use (1rpx = 0.5px); `em` and `%` are
relative to the inherited size, `rem` to the page's (the root element of a mini-program page).
"""

from __future__ import annotations

import re
from typing import Any

from lint.finding import Evidence
from lint.frontends.cascade import DOUBTFUL
from lint.frontends.css import Declaration
from lint.model import Fact

#: Longest suffix first: "20rpx" must not be read as "20r" px.
#: At the 375px-wide screen rpx is read at (750rpx = 100vw = the screen's width).
_UNIT_PX = {"rpx": 0.5, "upx": 0.5, "px": 1.0, "pt": 4 / 3, "vw": 3.75}
_DEFAULT_ROOT_PX = 16.0
#: A twentieth of the 375px screen that rpx sizes are counted on (see `to_px`).
_SCREEN_REM_PX = 18.75
#: A text size in rem below this is written for a root font size set at run time (pages ported from the web set
#: `html { font-size: 100px }` from a script, so `0.12rem` is 12px): at a 16px or 18.75px root it would be
#: unreadably small on every screen of the page, which nobody ships. Its root, and so its size, is unknown. Where a
#: sheet sets the page's size (`page { font-size: 100px }`, so `0.1rem` is 10px), that size counts, unless it makes
#: the text smaller than `_SMALLEST_PX` (`0.15rem` of a 14px page: a script sets the root there too).
_SMALLEST_REM = 0.5
_SMALLEST_PX = 5.0
_ZERO = frozenset({"0", "0px", "0rpx", "0upx", "0%", "0em", "0rem", "0vh"})

Styles = dict[str, tuple[Declaration, str]]


def style_evidence(decl: Declaration, selector: str, result: str = "") -> Evidence:
    where = "inline style" if selector == "style" else selector
    return Evidence(decl.path, decl.line, f"{where} {{ {decl.prop}: {decl.value} }}{result}")


def combine_visibility(inherited: Fact, reasons: list[Fact]) -> Fact:
    """An element is hidden if its parent is or any own reason hides it (that reason is the
    evidence); unknown if anything is unknown; visible otherwise. Shared by every template frontend."""
    if inherited.value is False:
        return inherited
    for fact in reasons:
        if fact.value is False:
            return fact
    if inherited.value is None or any(f.value is None for f in reasons):
        return Fact(None)
    return Fact(True)


class Inherited(Fact):
    """Hidden by `visibility: hidden` (or `collapse`) alone. Unlike `display: none` and `opacity: 0`, `visibility`
    is inherited, not final: a descendant whose own styles say `visibility: visible` is shown again (`reveal`)."""

    __slots__ = ()


def style_visibility(styles: Styles, uncertain: bool) -> Fact:
    """`display:none`, `visibility:hidden`, `opacity:0`, or zero height with `overflow:hidden`. Hidden by
    `visibility` only is an `Inherited` fact: a descendant may undo it."""
    hidden: list[Evidence] = []  # final: what no descendant undoes
    invisible: list[Evidence] = []
    for prop, values, into in (("display", ("none",), hidden), ("visibility", ("hidden", "collapse"), invisible)):
        if prop in styles:
            decl, selector = styles[prop]
            if "{{" in decl.value:
                return Fact(None)
            if decl.value.lower() in values:
                into.append(style_evidence(decl, selector))
    rest: list[Evidence] = []
    if not hidden and "opacity" in styles:
        decl, selector = styles["opacity"]
        if "{{" in decl.value:
            return Fact(None)
        try:
            if float(decl.value) < 0.05:
                rest.append(style_evidence(decl, selector))
        except ValueError:
            pass
    if not hidden and not rest and "overflow" in styles:
        overflow, over_sel = styles["overflow"]
        for prop in ("height", "max-height"):
            if prop in styles and overflow.value.lower() == "hidden":
                decl, selector = styles[prop]
                if decl.value.strip().lower() in _ZERO:
                    rest += [style_evidence(decl, selector), style_evidence(overflow, over_sel)]
                    break
    if hidden or invisible or rest:
        if uncertain:
            return Fact(None)
        evidence = (*hidden, *invisible, *rest)
        return Fact(False, evidence) if hidden or rest else Inherited(False, evidence)
    return Fact(True)


def reveal(styles: Styles) -> Fact | None:
    """Whether an element's own styles undo an inherited `visibility: hidden`: shown (`visibility: visible`), not
    known (a bound value, or a rule that may apply: `{{may apply}}`), or None when they leave it hidden."""
    if "visibility" not in styles:
        return None
    decl, selector = styles["visibility"]
    value = decl.value.strip().lower()
    if value == "visible":
        return Fact(True, (style_evidence(decl, selector),))
    return Fact(None) if "{{" in value else None


#: CSS's absolute-size keywords, at the 16px `medium` of the runtimes' web views (`smaller`/`larger` stay unknown).
_KEYWORD_PX = {"xx-small": 9.0, "x-small": 10.0, "small": 13.0, "medium": 16.0, "large": 18.0, "x-large": 24.0,
               "xx-large": 32.0, "xxx-large": 48.0}


#: A `calc()` operand: a length, a number, or an operator (CSS requires spaces around `+` and `-`).
_CALC_PARTS = re.compile(r"\s+([+-])\s+|\s*([*/])\s*")


def _calc(inner: str, parent: Any, root: Any) -> float | None:
    """`calc(18rpx + 4rpx)`, `calc(24rpx * 0.9)`, `calc(1em - 2px)`: sums of lengths, each scaled by plain numbers.
    Anything else (nested parentheses, `min()`, a length times a length) is not known."""
    if "(" in inner or not inner.strip():
        return None
    total, sign = 0.0, 1.0
    for term in re.split(r"\s+([+-])\s+", inner.strip()):
        if term in ("+", "-"):
            sign = 1.0 if term == "+" else -1.0
            continue
        pieces = _CALC_PARTS.split(term)
        length: float | None = None
        scale, op = 1.0, "*"
        for piece in (p for p in pieces if p):
            if piece in ("*", "/"):
                op = piece
                continue
            try:
                number = float(piece)
            except ValueError:
                number = None
            if number is None:
                if length is not None or op == "/":
                    return None  # a length times (or over) a length
                length = to_px(piece, parent, root)
                if length is None:
                    return None
            elif op == "*":
                scale *= number
            elif number == 0:
                return None
            else:
                scale /= number
        if length is None:
            return None
        total += sign * length * scale
    return round(total, 2)


#: The page's root font size when a sheet sets it to something not known (`calc(100vw / 18.75)`), or a sheet that is
#: not in the repository may set it: `rem` is then unknown, not the 16px default.
UNKNOWN_ROOT: Any = object()


def to_px(value: str, parent: Any, root: Any = None) -> float | None:
    value = value.strip().lower()
    keyword = _KEYWORD_PX.get(value)
    if keyword is not None:
        return keyword
    if "{{" in value or "var(" in value:
        return None
    if value.startswith("calc(") and value.endswith(")"):
        return _calc(value[5:-1], parent, root)
    if "(" in value:
        return None
    try:
        if value.endswith("rem"):
            amount = float(value[:-3])
            if root is UNKNOWN_ROOT:
                return None
            if isinstance(root, int | float):
                if 0 < amount * root < _SMALLEST_PX:
                    return None  # not what the sheet's page size makes of it: a script sets the root
            elif 0 < amount < _SMALLEST_REM:
                return None
            # Mini-programs have read `rem` two ways: as the page's font size (16px unless a sheet sets it), and as a
            # twentieth of the screen (WXSS once defined the screen as 20rem: 18.75px at 375px). Which one a runtime
            # uses cannot be known here, so the larger is taken: text small under both is small.
            base = max(root if isinstance(root, int | float) else _DEFAULT_ROOT_PX, _SCREEN_REM_PX)
            return round(amount * base, 2)
        for unit, factor in _UNIT_PX.items():
            if value.endswith(unit):
                return round(float(value[: -len(unit)]) * factor, 2)
        for unit, factor in (("em", 1.0), ("%", 0.01)):
            if value.endswith(unit):
                if not isinstance(parent, int | float):
                    return None
                return round(float(value[: -len(unit)]) * factor * parent, 2)
        if float(value) == 0:
            return 0.0  # CSS allows a length of zero without a unit; any other bare number is invalid
    except ValueError:
        return None
    return None


def shorthand_size(value: str) -> str | None:
    """The size in a `font:` shorthand: before the `/` of a line height (`normal 400 20rpx/30rpx …` → `20rpx`),
    else the first length (`12px Arial`); a bare number is the weight, not the size."""
    tokens = value.replace("/", " / ").split()
    if "/" in tokens:
        at = tokens.index("/")
        return tokens[at - 1] if at > 0 else None
    for token in tokens:
        if (token[:1].isdigit() or token[:1] == ".") and not token.replace(".", "", 1).isdigit():
            return token
    return None


def font_size(styles: Styles, inherited: Fact, via: list[Evidence], root: Any = None,
              uncertain: bool = False, inline: bool = False) -> Fact:
    """The computed font size: the winning declaration, else the inherited size."""
    if "font-size" not in styles:  # the cascade gives the `font` shorthand here when it wins (Cascade.computed)
        return Fact(None) if uncertain else inherited
    decl, selector = styles["font-size"]
    if uncertain and not inline:
        return Fact(None)
    if decl.value.startswith(DOUBTFUL):  # a rule that may apply (`@media`): known only if every size it may be is
        options = [inherited.value if token == "inherit" else to_px(token, inherited.value, root)
                   for token in decl.value[len(DOUBTFUL):].split("||") if token]
        sizes = [float(option) for option in options if isinstance(option, int | float)]
        if not options or len(sizes) != len(options):
            return Fact(None)
        largest = max(sizes)
        return Fact(largest, (*via, style_evidence(decl, selector, f" = at most {largest:g}px, whichever applies")))
    raw = decl.value if decl.prop == "font-size" else shorthand_size(decl.value)
    if raw is not None and raw.strip().lower() in ("inherit", "unset"):  # font-size inherits anyway
        return Fact(None) if uncertain else inherited
    px = to_px(raw, inherited.value, root) if raw is not None else None
    if px is None:
        return Fact(None)
    return Fact(px, (*via, style_evidence(decl, selector, f" = {px:g}px")))


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


def style_visibility(styles: Styles, uncertain: bool) -> Fact:
    """`display:none`, `visibility:hidden`, `opacity:0`, or zero height with `overflow:hidden`."""
    hidden: list[Evidence] = []
    for prop, values in (("display", ("none",)), ("visibility", ("hidden", "collapse"))):
        if prop in styles:
            decl, selector = styles[prop]
            if "{{" in decl.value:
                return Fact(None)
            if decl.value.lower() in values:
                hidden.append(style_evidence(decl, selector))
    if not hidden and "opacity" in styles:
        decl, selector = styles["opacity"]
        if "{{" in decl.value:
            return Fact(None)
        try:
            if float(decl.value) < 0.05:
                hidden.append(style_evidence(decl, selector))
        except ValueError:
            pass
    if not hidden and "overflow" in styles:
        overflow, over_sel = styles["overflow"]
        for prop in ("height", "max-height"):
            if prop in styles and overflow.value.lower() == "hidden":
                decl, selector = styles[prop]
                if decl.value.strip().lower() in _ZERO:
                    hidden += [style_evidence(decl, selector), style_evidence(overflow, over_sel)]
                    break
    if hidden:
        return Fact(None) if uncertain else Fact(False, tuple(hidden))
    return Fact(True)


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
            if root is UNKNOWN_ROOT:
                return None
            base = root if isinstance(root, int | float) else _DEFAULT_ROOT_PX
            return round(float(value[:-3]) * base, 2)
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


#: Properties that scale an element's rendering, text included, without changing its font size: the web views'
#: way around a 12px minimum font size (`font-size: 24rpx; transform: scale(0.8)`). Not inherited, but they scale
#: everything inside the element.
SCALE_PROPS = ("transform", "-webkit-transform", "zoom", "scale")
_FUNCTION = re.compile(r"\s*([a-zA-Z0-9-]+)\(([^()]*)\)\s*")
#: Transform functions that move, turn or slant an element but leave its text's height alone.
_SIZE_KEEPING = ("translate", "translatex", "translatey", "translatez", "translate3d", "rotate", "rotatex", "rotatey",
                 "rotatez", "rotate3d", "skew", "skewx", "skewy", "perspective", "scalex", "scalez")


def _number(token: str) -> float | None:
    token = token.strip()
    try:
        return abs(float(token[:-1]) / 100 if token.endswith("%") else float(token))
    except ValueError:
        return None


def _transform_factor(value: str) -> float | None:
    """How much a `transform` scales text height: `scale(0.8)` → 0.8, `scale(1, 0.5)` → 0.5 (the vertical factor is the
    text's size), `translate(-50%, -50%)` → 1; None for what is not known (`matrix()`, a variable, a binding)."""
    value = value.strip().lower()
    if value in ("none", "initial", "unset"):
        return 1.0
    factor, at = 1.0, 0
    while at < len(value):
        found = _FUNCTION.match(value, at)
        if found is None:
            return None
        name, args = found.group(1), [a for a in re.split(r"[\s,]+", found.group(2).strip()) if a]
        at = found.end()
        if name in _SIZE_KEEPING:
            continue
        if name not in ("scale", "scaley", "scale3d") or not args:
            return None
        vertical = _number(args[1] if name in ("scale", "scale3d") and len(args) > 1 else args[0])
        if vertical is None:
            return None
        factor *= vertical
    return factor


def _own_factor(prop: str, value: str) -> float | None:
    if "{{" in value or "var(" in value:
        return None  # a binding, a variable, or a rule that may or may not apply (cascade.DOUBTFUL)
    if prop == "zoom":
        return 1.0 if value.strip().lower() in ("normal", "reset") else _number(value)
    if prop == "scale":
        parts = value.split()
        return 1.0 if parts == ["none"] else _number(parts[1] if len(parts) > 1 else parts[0]) if parts else None
    return _transform_factor(value)


#: Elements inline by default (WeChat's and uni-app's `<text>`, Taro's `<Text>`, HTML's phrasing tags): a transform
#: does not apply to an inline box (CSS Transforms 1: only block-level and atomic inline boxes are transformable).
_INLINE_TAGS = frozenset({"text", "span", "a", "b", "i", "em", "strong", "small", "u", "s", "sub", "sup", "font",
                          ":host"})  # a custom component's host is inline unless its sheet says otherwise
#: Elements that are blocks (or atomic inline boxes) by default: transformable unless a sheet makes them inline.
_BOX_TAGS = frozenset({"view", "div", "p", "section", "article", "header", "footer", "main", "nav", "aside", "ul",
                       "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "scroll-view", "swiper", "swiper-item",
                       "cover-view", "movable-view", "navigator", "button", "image", "img", "icon", "form", "input",
                       "textarea"})


def _transformable(tag: str, styles: Styles) -> bool | None:
    """Whether a transform applies to the element: not to an inline box; None when its display is not known (a
    custom component's host, a bound or doubtful `display`)."""
    if "display" in styles:
        value = styles["display"][0].value.strip().lower()
        return None if "{{" in value or "var(" in value else value not in ("inline", "contents")
    name = tag.lower()
    return False if name in _INLINE_TAGS else True if name in _BOX_TAGS else None


def scale_factor(styles: Styles, tag: str) -> Fact | None:
    """What an element's own `transform`/`zoom`/`scale` multiply its text's rendered size by: None when nothing
    scales it, Fact(None) when something does by an amount not known."""
    factor, evidence = 1.0, []
    transforms = [styles[p] for p in ("transform", "-webkit-transform", "scale") if p in styles]
    if transforms:
        applies = _transformable(tag, styles)
        if applies is False:
            transforms = []  # `<text style="transform: scale(.8)">`: inline, rendered unscaled
        elif applies is None and any(_own_factor(d.prop, d.value) != 1.0 for d, _ in transforms):
            return Fact(None)
    webkit = [pair for pair in transforms if pair[0].prop != "scale"]
    if len(webkit) == 2 and webkit[0][0].value != webkit[1][0].value:
        return Fact(None)  # the same property in WebKit: which one renders depends on their order, not read here
    applied = [*webkit[:1], *(pair for pair in transforms if pair[0].prop == "scale")]
    for decl, selector in (*applied, *(styles[p] for p in ("zoom",) if p in styles)):
        own = _own_factor(decl.prop, decl.value)
        if own is None:
            return Fact(None)
        if own != 1.0:
            factor *= own
            evidence.append(style_evidence(decl, selector, f" = scaled by {own:g}"))
    return Fact(round(factor, 4), tuple(evidence)) if evidence and factor != 1.0 else None


def combine_scale(inherited: Fact | None, own: Fact | None) -> Fact | None:
    """The scale an element renders at: its ancestors' times its own (None: 1)."""
    if own is None:
        return inherited
    if inherited is None:
        return own
    if inherited.value is None or own.value is None:
        return Fact(None)
    return Fact(round(inherited.value * own.value, 4), (*inherited.evidence, *own.evidence))


def scaled(size: Fact, scale: Fact | None) -> Fact:
    """The size text renders at: its font size times the scale of it and its ancestors."""
    if scale is None or size.value is None:
        return size
    if scale.value is None:
        return Fact(None)
    px = round(size.value * scale.value, 2)
    return Fact(px, (*size.evidence, *scale.evidence[:-1], Evidence(
        scale.evidence[-1].path, scale.evidence[-1].line, f"{scale.evidence[-1].note}: renders at {px:g}px")))

"""How much `transform`, `zoom` and `scale` shrink text: the web views' way around a 12px minimum font size
(`font-size: 24rpx; transform: scale(0.8)`). Not inherited, but they scale everything inside the element, so a
template's state carries the product of its ancestors' (mini/state.py, taro/jsx.py)."""

from __future__ import annotations

import re

from lint.finding import Evidence
from lint.frontends.mini.styles import Styles, style_evidence
from lint.model import Fact

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

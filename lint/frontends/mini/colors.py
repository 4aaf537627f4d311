"""CSS colours as the runtimes read them, and the WCAG 2 contrast of text against what is drawn under it.

A colour is (red, green, blue, alpha): channels 0-255, alpha 0-1. What this module cannot read (a colour name outside
its table, `currentColor`, a function it does not know) is None: unknown, never a guess.
"""

from __future__ import annotations

import colorsys
import math
import re

Color = tuple[float, float, float, float]

TRANSPARENT: Color = (0.0, 0.0, 0.0, 0.0)
WHITE: Color = (255.0, 255.0, 255.0, 1.0)

#: The named colours a style sheet plausibly gives text or a background (CSS Color 4 values); any other name is
#: not known.
_NAMED: dict[str, tuple[int, int, int]] = {
    "black": (0, 0, 0), "white": (255, 255, 255), "gray": (128, 128, 128), "grey": (128, 128, 128),
    "darkgray": (169, 169, 169), "darkgrey": (169, 169, 169), "dimgray": (105, 105, 105), "dimgrey": (105, 105, 105),
    "lightgray": (211, 211, 211), "lightgrey": (211, 211, 211), "silver": (192, 192, 192),
    "gainsboro": (220, 220, 220), "whitesmoke": (245, 245, 245), "lightslategray": (119, 136, 153),
    "lightslategrey": (119, 136, 153), "slategray": (112, 128, 144), "slategrey": (112, 128, 144),
    "darkslategray": (47, 79, 79), "darkslategrey": (47, 79, 79), "snow": (255, 250, 250),
    "ghostwhite": (248, 248, 255), "ivory": (255, 255, 240), "linen": (250, 240, 230), "beige": (245, 245, 220),
    "red": (255, 0, 0), "green": (0, 128, 0), "blue": (0, 0, 255), "orange": (255, 165, 0),
    "yellow": (255, 255, 0), "navy": (0, 0, 128), "teal": (0, 128, 128), "purple": (128, 0, 128),
    "maroon": (128, 0, 0), "olive": (128, 128, 0), "lime": (0, 255, 0), "aqua": (0, 255, 255),
    "cyan": (0, 255, 255), "fuchsia": (255, 0, 255), "magenta": (255, 0, 255), "orangered": (255, 69, 0),
    "dodgerblue": (30, 144, 255), "royalblue": (65, 105, 225), "steelblue": (70, 130, 180),
    "skyblue": (135, 206, 235), "lightblue": (173, 216, 230), "pink": (255, 192, 203), "tomato": (255, 99, 71),
    "coral": (255, 127, 80), "gold": (255, 215, 0), "brown": (165, 42, 42), "crimson": (220, 20, 60),
}
_FUNCTION = re.compile(r"(rgba?|hsla?)\(\s*([^()]*)\)")


#: A CSS <number>: what Python's float() also takes ("nan", "inf", "1_0", " 1") is not one, and a runtime drops a
#: colour written with it.
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?")
_HEX_DIGITS = re.compile(r"[0-9a-f]+")


def number(token: str) -> float | None:
    """A CSS number, None when it is not one or not finite (`1e999` overflows: how a runtime clamps it is not known)."""
    if _NUMBER.fullmatch(token) is None:
        return None
    value = float(token)
    return value if math.isfinite(value) else None


def _percent_or_number(token: str, per_percent: float) -> float | None:
    if token.endswith("%"):
        value = number(token[:-1])
        return value * per_percent if value is not None else None
    return number(token)


def _channel(token: str) -> float | None:
    value = _percent_or_number(token, 2.55)
    return min(max(value, 0.0), 255.0) if value is not None else None  # CSS clamps out-of-range channels


def _alpha(token: str) -> float | None:
    value = _percent_or_number(token, 0.01)
    return min(max(value, 0.0), 1.0) if value is not None else None


def _hex(value: str) -> Color | None:
    digits = value[1:]
    if len(digits) in (3, 4):
        digits = "".join(d * 2 for d in digits)
    if len(digits) not in (6, 8) or _HEX_DIGITS.fullmatch(digits) is None:  # int(.., 16) also takes "+f"
        return None
    numbers = [int(digits[i : i + 2], 16) for i in range(0, len(digits), 2)]
    alpha = numbers[3] / 255 if len(numbers) == 4 else 1.0
    return (float(numbers[0]), float(numbers[1]), float(numbers[2]), alpha)


def _function(name: str, inner: str) -> Color | None:
    """`rgb(0, 0, 0)`, `rgba(0,0,0,.4)`, `rgb(0 0 0 / 40%)`, `hsl(0, 0%, 60%)`, `hsla(…)`."""
    main, _, slash = inner.partition("/")
    parts = [p for p in re.split(r"[\s,]+", main.strip()) if p]
    if slash.strip():
        parts.append(slash.strip())
    if len(parts) not in (3, 4):
        return None
    alpha = _alpha(parts[3]) if len(parts) == 4 else 1.0
    if alpha is None:
        return None
    if name.startswith("rgb"):
        channels = [_channel(p) for p in parts[:3]]
        if any(c is None for c in channels):
            return None
        red, green, blue = (float(c or 0.0) for c in channels)
        return (red, green, blue, alpha)
    degrees, saturation, lightness = (number(parts[0].removesuffix("deg")), number(parts[1].removesuffix("%")),
                                      number(parts[2].removesuffix("%")))
    if degrees is None or saturation is None or lightness is None:
        return None
    red, green, blue = colorsys.hls_to_rgb(degrees / 360 % 1.0, min(max(lightness / 100, 0.0), 1.0),
                                           min(max(saturation / 100, 0.0), 1.0))
    return (red * 255, green * 255, blue * 255, alpha)


def parse_color(value: str) -> Color | None:
    """A colour value; None for what is not known (a binding, a variable, `currentColor`, an unknown name)."""
    value = value.strip().lower()
    if not value or "{{" in value or "var(" in value:
        return None
    if value.startswith("#"):
        return _hex(value)
    if value == "transparent":
        return TRANSPARENT
    named = _NAMED.get(value)
    if named is not None:
        return (float(named[0]), float(named[1]), float(named[2]), 1.0)
    found = _FUNCTION.fullmatch(value)
    return _function(found.group(1), found.group(2)) if found is not None else None


def over(top: Color, below: Color) -> Color:
    """`top` painted over `below` (source-over; straight alpha in and out)."""
    alpha = top[3] + below[3] * (1 - top[3])
    if alpha <= 0:
        return TRANSPARENT
    mixed = [(top[i] * top[3] + below[i] * below[3] * (1 - top[3])) / alpha for i in range(3)]
    return (mixed[0], mixed[1], mixed[2], alpha)


def faded(color: Color, opacity: float) -> Color:
    return (color[0], color[1], color[2], color[3] * opacity)


def _luminance(color: Color) -> float:
    def linear(channel: float) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(color[0]) + 0.7152 * linear(color[1]) + 0.0722 * linear(color[2])


def contrast(first: Color, second: Color) -> float:
    """The WCAG 2 contrast ratio of two opaque colours (1 to 21)."""
    one, two = _luminance(first), _luminance(second)
    light, dark = max(one, two), min(one, two)
    return (light + 0.05) / (dark + 0.05)


def hex_of(color: Color) -> str:
    """`#rrggbb`, with the alpha as a percentage when it is not opaque."""
    text = "#" + "".join(f"{round(c):02x}" for c in color[:3])
    return text if color[3] >= 1 else f"{text} at {round(color[3] * 100)}%"

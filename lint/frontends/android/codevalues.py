"""What a value lifecycle code writes means, read from its source text: `View.GONE` is hidden, `setChecked(true)`
checked, `getString(R.string.terms)` the text `@string/terms`, `prefs.getBoolean("ads", true)` the default a new
user sees; anything computed is None (unknown). The walk that finds the writes is codewalk.py.
"""

from __future__ import annotations

import re

from lint.frontends.android.getters import STORED_DEFAULT

#: What a text write's value may be wrapped in: `getString(R.string.x)`, `context.getString(...)`,
#: `Html.fromHtml(...)`, `HtmlCompat.fromHtml(..., flags)`, `resources.getText(...)`.
_TEXT_WRAPPER = re.compile(r"^(?:[\w.]+(?:\(\))?\.)?(?:getString|getText|fromHtml)\s*\((.*)\)$", re.S)
#: A styled copy of a text, same characters: `new SpannableString(getString(R.string.x))` (not a builder: what is
#: appended to it later is not read).
_SPANNED = re.compile(r"^(?:new\s+)?(?:android\.text\.)?Spann(?:able|ed)String(?:\.valueOf)?\s*\((.*)\)$", re.S)
_CONSTANT = re.compile(r"^(?:android\.view\.)?(?:View\.)?(VISIBLE|GONE|INVISIBLE)$")
_DRAWABLE = re.compile(r"^R\.drawable\.(\w+)$")
_STRING_RESOURCE = re.compile(r"^R\.string\.(\w+)$")
_STRING_LITERAL = re.compile(r'^"((?:[^"\\$]|\\.)*)"$')


def value_of(fact: str, prop: str, raw: str) -> tuple[str, bool | str | None]:
    """The fact a write sets (`fact`, through property or setter `prop`) and the value `raw` gives it."""
    raw = raw.strip()
    if fact == "visible":
        if prop in ("alpha", "setAlpha"):
            return fact, None  # a fade: what the user sees first is not read
        if prop in ("isVisible", "isGone", "isInvisible"):
            literal = {"true": True, "false": False}.get(raw)
            return fact, None if literal is None else (literal if prop == "isVisible" else not literal)
        constant = _CONSTANT.match(raw)
        if constant:
            return fact, constant.group(1) == "VISIBLE"
        return fact, {"0": True, "4": False, "8": False}.get(raw)
    if fact == "image":
        drawable = _DRAWABLE.match(raw)
        return fact, drawable.group(1) if drawable else None
    if fact == "text":
        return fact, _text_value(raw)
    if fact in ("font_size", "text_color", "scale"):
        # `setTextSize(14)`, `setTextColor(color)`, `scaleX = 1f`: what code gives is not read (px, sp, scaled; a
        # colour int or a ColorStateList; a scale that may be the start of an animation): unknown, not the XML's
        return fact, None
    stored = STORED_DEFAULT.match(raw)
    if stored is not None:
        # A saved setting read with a default (`prefs.getBoolean("ads", true)`): a new user has nothing saved,
        # so the first screen they see shows the default, as a preference's `defaultValue` does.
        return fact, stored.group(1) == "true"
    return fact, {"true": True, "false": False}.get(raw)


def _text_value(raw: str) -> str | None:
    """`R.string.x` (possibly in `getString`/`fromHtml`/a `SpannableString`) -> "@string/x"; a plain string
    literal -> its text; anything computed (a view model's field, a template, a concatenation) -> None."""
    for _ in range(4):
        wrapped = _TEXT_WRAPPER.match(raw) or _SPANNED.match(raw)
        if wrapped is None:
            break
        raw = _first_argument(wrapped.group(1))
    resource = _STRING_RESOURCE.match(raw)
    if resource is not None:
        return "@string/" + resource.group(1)
    literal = _STRING_LITERAL.match(raw)
    if literal is not None and not literal.group(1).startswith("@"):  # "@string/x" would read as a reference
        return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), literal.group(1))
    return None


def _first_argument(arguments: str) -> str:
    depth = 0
    for index, char in enumerate(arguments):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            return arguments[:index].strip()
    return arguments.strip()


FACT_OF = {"visibility": "visible", "isVisible": "visible", "isGone": "visible", "isInvisible": "visible",
            "setVisibility": "visible", "isChecked": "checked", "setChecked": "checked", "isSelected": "selected",
            "setSelected": "selected", "setImageResource": "image", "inflate": "visible", "text": "text",
            "setText": "text", "textSize": "font_size", "setTextSize": "font_size", "alpha": "visible",
            "setAlpha": "visible", "textColor": "text_color", "setTextColor": "text_color", "scaleX": "scale",
            "scaleY": "scale", "setScaleX": "scale", "setScaleY": "scale"}

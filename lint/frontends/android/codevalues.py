"""What a value lifecycle code writes means, read from its source text: `View.GONE` is hidden, `setChecked(true)`
checked, `getString(R.string.terms)` the text `@string/terms`, `prefs.getBoolean("ads", true)` the default a new
user sees; anything computed is None (unknown). The walk that finds the writes is codewalk.py.
"""

from __future__ import annotations

import html
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
_HTML_TAG = re.compile(r"<[^<>]*>")


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
        return fact, _chosen_text(raw)
    if fact == "font_size":
        # Kotlin's `textSize = 9f` calls `setTextSize(float)`: a literal is sp (`textSize = textSize * 0.8f` reads the
        # getter, which is px: computed, not read)
        return fact, text_size([raw]) if prop == "textSize" else None
    if fact in ("text_color", "scale", "expanded"):
        # `setTextColor(color)`, `scaleX = 1f`: what code gives is not read (a colour int or a ColorStateList; a scale
        # that may be the start of an animation; `isExpanded = true`, `expansion = 1f` on an ExpandableLayout, which
        # may animate): unknown, not the XML's
        return fact, None
    stored = STORED_DEFAULT.match(raw)
    if stored is not None:
        # A saved setting read with a default (`prefs.getBoolean("ads", true)`): a new user has nothing saved,
        # so the first screen they see shows the default, as a preference's `defaultValue` does.
        return fact, stored.group(1) == "true"
    return fact, {"true": True, "false": False}.get(raw)


#: A number literal as Java and Kotlin write a size (`9`, `9f`, `10.5F`, `9.0`).
_NUMBER = re.compile(r"^(\d+(?:\.\d+)?|\.\d+)[fFdD]?$")
#: `TypedValue.COMPLEX_UNIT_SP` (or its value, 2) and `COMPLEX_UNIT_DIP` (1): the units whose size is known without
#: the screen's density. A px size (`COMPLEX_UNIT_PX`, 0) depends on it, pt/in/mm are not written for text.
_UNITS = {"COMPLEX_UNIT_SP": "sp", "2": "sp", "COMPLEX_UNIT_DIP": "dp", "1": "dp"}
#: `resources.getDimension(R.dimen.x)`: the dimension in px, which `setTextSize(COMPLEX_UNIT_PX, …)` draws as is.
_DIMENSION_PX = re.compile(r"^(?:[\w.()]+\.)?getDimension\s*\(\s*R\.dimen\.(\w+)\s*\)$")


def text_size(arguments: list[str]) -> str | None:
    """The size a `setTextSize` call's arguments (source text) give, as a dimension the XML could hold:
    `setTextSize(9f)` is sp ("9sp"), `setTextSize(TypedValue.COMPLEX_UNIT_DIP, 9f)` "9dp", `setTextSize(COMPLEX_UNIT_PX,
    resources.getDimension(R.dimen.x))` the dimen itself ("@dimen/x"). Anything else (a computed size, a px number,
    a dimen in px passed as sp) is None: not known."""
    if len(arguments) == 1:
        number = _NUMBER.match(arguments[0].strip())
        return f"{number.group(1)}sp" if number is not None else None
    if len(arguments) != 2:
        return None
    unit_text, size = (" ".join(argument.split()) for argument in arguments)
    unit_name = unit_text.rsplit(".", 1)[-1]
    if unit_name == "COMPLEX_UNIT_PX" or unit_name == "0":
        dimen = _DIMENSION_PX.match(size)
        return f"@dimen/{dimen.group(1)}" if dimen is not None else None
    unit = _UNITS.get(unit_name)
    number = _NUMBER.match(size)
    return f"{number.group(1)}{unit}" if unit is not None and number is not None else None


#: Joins the texts a write chooses between (`pay ? R.string.tos_pay : R.string.tos_buy`): nodes.code_text makes them
#: `Variants`, so a rule reports the text only when it would report each one.
CHOICES = "\x1f"
_KOTLIN_IF = re.compile(r"^if\s*\(")
#: How many texts one write may choose between (`a ? x : b ? y : z` nests).
MAX_CHOICES = 4


def _chosen_text(raw: str) -> str | None:
    """`_text_value`, or for a choice on a condition that cannot be known (`cond ? A : B`, Kotlin `if (cond) A else
    B`), every text it may be, joined with CHOICES; None when one of them cannot be known."""
    pending, found = [raw], list[str]()
    while pending and len(found) <= MAX_CHOICES:
        current = pending.pop(0).strip()
        sides = _sides(current)
        if sides is None:
            value = _text_value(current)
            if value is None:
                return None
            found.append(value)
        else:
            pending[:0] = sides
    if pending or not found:
        return None
    return CHOICES.join(dict.fromkeys(found))


def _sides(raw: str) -> list[str] | None:
    """The two values of a conditional expression, or None when `raw` is not one (read at the top level only:
    brackets and string literals are skipped over)."""
    if _KOTLIN_IF.match(raw):
        close = _closing(raw, raw.index("("))
        if close < 0:
            return None
        rest = raw[close + 1:]
        at = _top_level(rest, " else ")
        return [rest[:at], rest[at + 6:]] if at >= 0 else None
    question = _top_level(raw, "?")
    if question < 0 or raw[question + 1:question + 2] in (".", ":", "?"):  # `a?.b`, `a ?: b`, `a ?? b`
        return None
    colon = _top_level(raw, ":", question + 1)
    return [raw[question + 1:colon], raw[colon + 1:]] if colon >= 0 else None


def _top_level(text: str, token: str, start: int = 0) -> int:
    """Where `token` first occurs in `text` from `start` outside brackets and string literals; -1 if nowhere. A
    nested `?` (an inner choice) is passed over with its `:`."""
    depth, quote, index, inner = 0, "", start, 0
    while index < len(text):
        char = text[index]
        if quote:
            if char == "\\":
                index += 1
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif depth == 0 and text.startswith(token, index):
            if token == ":" and inner:
                inner -= 1
            else:
                return index
        elif depth == 0 and token == ":" and char == "?":
            inner += 1
        index += 1
    return -1


def _closing(text: str, opening: int) -> int:
    depth = 0
    for index in range(opening, len(text)):
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            depth -= 1
            if depth == 0:
                return index
    return -1


def _text_value(raw: str) -> str | None:
    """`R.string.x` (possibly in `getString`/`fromHtml`/a `SpannableString`) -> "@string/x"; a plain string
    literal -> its text; anything computed (a view model's field, a template, a concatenation) -> None."""
    marked_up = False
    for _ in range(4):
        wrapped = _TEXT_WRAPPER.match(raw) or _SPANNED.match(raw)
        if wrapped is None:
            break
        marked_up = marked_up or "fromHtml" in raw[:wrapped.start(1)]
        raw = _first_argument(wrapped.group(1))
    resource = _STRING_RESOURCE.match(raw)
    if resource is not None:
        return "@string/" + resource.group(1)
    literal = _STRING_LITERAL.match(raw)
    if literal is not None and not literal.group(1).startswith("@"):  # "@string/x" would read as a reference
        text = re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), literal.group(1))
        # `Html.fromHtml("…<font color='#f60'>《借款协议》</font>")` shows the words, not the markup
        return html.unescape(_HTML_TAG.sub("", text)) if marked_up and "<" in text else text
    return None


#: Html.fromHtml's tags that leave the text's size alone (bold, colour, links, paragraphs). `<big>`, `<small>` and
#: `<h1>`-`<h6>` are RelativeSizeSpans (1.25, 0.8, 1.5 down to 0.83); a tag not in this list may be sized by the
#: TagHandler passed with it; `<font size>` and a `font-size` style are not the platform's but may be a handler's.
_SIZE_NEUTRAL_TAGS = frozenset({"b", "strong", "i", "em", "cite", "dfn", "u", "a", "br", "p", "div", "font", "span",
                                "tt", "s", "strike", "del", "sup", "sub", "blockquote", "ul", "li"})
_TAG = re.compile(r"<\s*/?\s*([A-Za-z][\w-]*)([^<>]*)>")


def sized_markup(raw: str) -> bool:
    """Whether a text write's source (`Html.fromHtml("<big>…</big>")`) draws some of its words at another size
    than the view's: a literal `fromHtml` renders with a tag that sizes (`_SIZE_NEUTRAL_TAGS`' others), a `<font
    size>` or a `font-size` style."""
    if "fromHtml" not in raw or "<" not in raw:
        return False
    for name, attributes in _TAG.findall(raw):
        lowered = attributes.lower()
        if name.lower() not in _SIZE_NEUTRAL_TAGS or "font-size" in lowered or (
                name.lower() == "font" and "size" in lowered):
            return True
    return False


def _first_argument(arguments: str) -> str:
    """The first of a call's arguments: up to the first comma outside brackets and string literals (a Chinese
    sentence often holds an ASCII comma: `Html.fromHtml("费用仅供参考,确认同意《借款协议》")`)."""
    comma = _top_level(arguments, ",")
    return (arguments[:comma] if comma >= 0 else arguments).strip()


FACT_OF = {"visibility": "visible", "isVisible": "visible", "isGone": "visible", "isInvisible": "visible",
            "setVisibility": "visible", "isChecked": "checked", "setChecked": "checked", "isSelected": "selected",
            "setSelected": "selected", "setImageResource": "image", "inflate": "visible", "text": "text",
            "setText": "text", "textSize": "font_size", "setTextSize": "font_size", "alpha": "visible",
            "setAlpha": "visible", "textColor": "text_color", "setTextColor": "text_color", "scaleX": "scale",
            "scaleY": "scale", "setScaleX": "scale", "setScaleY": "scale",
            # Kotlin's properties for an ExpandableLayout's setExpanded(…)/setExpansion(…): what shows is not read
            "isExpanded": "expanded", "expansion": "expanded"}

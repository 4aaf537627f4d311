"""Whether a hand-drawn indicator looks like a check box: what tells a box from other things a tap flips.

A tap that negates a flag and an element whose look reads it also describe an accordion (`{open ? '▲' : '▼'}`,
展开/收起), a "show more" paragraph, a filter chip or a like button. A box draws a check mark: its class, image,
icon type or glyph says check, tick, select, agree, radio (`checked.png`, `icon-xuanzhong`, `type="success"`,
`☑`, pinyin such as `xieyi`), or a switch (`switch_on.png`); an arrow, caret, dropdown or 展开/收起 says it is
something else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_CHECKISH = re.compile(
    r"check|tick|select|agree|radio|choose|chose|gou|xuanz|(?:yi|wei|fu|dan)xuan|zhengque|consent|xieyi|tongyi|"
    r"duihao|icon-?dui(?![a-z])|(?<![a-z])(?:is|no|un)?sel(?![a-z])|success|circle|switch|toggle|kaiguan|"
    r"[✓✔☑√☐□⬜✅◯○●◉]|勾|钩|选中|未选|已选|复选|单选|选框|同意|开关",
    re.I,
)
_NOT_A_BOX = re.compile(
    r"arrow|expand|collapse|\bfold\b|unfold|caret|chevron|drop(?:down)?|thumb|upvote|展开|收起|下拉|赞|[▲▼△▽↑↓∧∨]",
    re.I)
#: The attributes that draw an indicator (its condition and tap handler name the flag, not the look).
DRAWING = frozenset({"class", "className", "src", "type", "name", "icon", "style", "color", "value", "mode"})


def looks_checkable(texts: Iterable[str | None]) -> bool:
    """Whether the indicator's drawing (`DRAWING` attribute values) and text draw a check box (see the module
    doc). Flag and handler names are not looked at: a flag called `check` or `select` draws nothing."""
    joined = " ".join(t for t in texts if t)
    return _CHECKISH.search(joined) is not None and _NOT_A_BOX.search(joined) is None


#: A look that draws the box ticked (`checked`, ColorUI's `cuIcon-radiobox`, an icon `type="success"`, ✓) or
#: empty (`unchecked`, `cuIcon-round`, `circle`, ○); read on a ternary's branches, never on the box's own class.
#: Looks are compared lower-cased, a camelCase word split (`notChecked` is `not-checked`). An explicit negation
#: (`uncheck`, `weigouxuan` 未勾选, `icon_gouxuan_nor`, `check_n`, `check_box_outline_blank`) wins over a tick word,
#: a tick word over a plain shape (`check-circle`).
_NEGATED = re.compile(r"un[-_]?(?:check|select|agree|tick)|(?:no|not|dis)[-_]?(?:check|sel|agree|tick|choose)|"
                      r"select[-_]?none|weixuan|weigou|wxz|未选|未勾|outline[-_]?blank|"
                      r"[-_](?:n|nor|normal|off|un|no)(?![a-z0-9])|"
                      r"(?<![a-z])(?:off|no|not|none)(?![a-z])")
_TICKED = re.compile(r"check|tick|select|active|radiobox|success|choose|chose|xuanz|yixuan|gou|duihao|agree|"
                     r"zhengque|chenggong|"
                     r"(?<![a-z])(?:on|dui|yes|xz|sel|cur|current|act|ok|xuan)(?![a-z])|[✓✔☑√●◉✅]|勾|选中|已选")
#: Words that say the box is drawn empty whatever else the name says (Font Awesome 3's `icon-check-empty`, MDI's
#: `checkbox-blank`): read before the tick words. Shapes (`circle`, `round`) only when no tick word is there.
_EMPTY_STRONG = re.compile(r"empty|blank|(?<![a-z])kong(?![a-z])|[○◯☐□⬜]")
_EMPTY = re.compile(r"round|circle|normal|default|fangkuang|yuanquan|(?<![a-z])square")
_QUOTED = r"(['\"`])(.*?)\{q}"
_TERNARY = re.compile(r"(!*)\s*\(*\s*([A-Za-z_$][\w$.]*)\s*\)*\s*\?\s*" + _QUOTED.format(q=3) + r"\s*:\s*"
                      + _QUOTED.format(q=5))
_AND = re.compile(r"(!*)\s*\(*\s*([A-Za-z_$][\w$.]*)\s*\)*\s*&&\s*" + _QUOTED.format(q=3))
#: Vue's object class syntax: `:class="{ 'box--on': modelValue }"`.
_OBJECT = re.compile(r"(['\"]?)([\w-]+)\1\s*:\s*(!*)\s*([A-Za-z_$][\w$.]*)")
_CONDITION = re.compile(r"(?:wx|a|s|tt|qq|ks|jd):if|v-if|v-show")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
#: A condition that holds while the flag is false: `is_agree == false`, `agreed !== true`.
_FALSE_TEST = re.compile(r"==+\s*false\b|!=+\s*true\b")


def look_of(text: str) -> bool | None:
    """Whether a look (a class, an image, an icon type, a glyph) draws the box ticked, empty, or neither known."""
    if not text.strip():
        return False
    lowered = _CAMEL.sub("-", text).lower()
    if _NEGATED.search(lowered) or _EMPTY_STRONG.search(lowered):
        return False
    if _TICKED.search(lowered):
        return True
    return False if _EMPTY.search(lowered) else None


def _named(name: str, key: str) -> bool:
    return name == key or name.endswith(f".{key}")


def polarity(drawn: str, key: str, look: str = "") -> bool | None:
    """Whether the indicator draws the tick when `key` is true (True), when it is false (False), or which is not
    told (None): `key ? 'checked' : ''` is True, `notAgreed ? 'cuIcon-round' : 'cuIcon-radiobox'` False,
    `{ 'box--on': key }` True, `isAgree ? 'selected' : 'select'` True (the longer of two tick words); an element
    drawn only under `wx:if="{{key}}"` is the tick when its own `look` (src, class, type, text) is, the empty box
    when that is (`uncheck.png` under `!agreed`), and unknown otherwise. A box's checked state is its flag's value
    only with this known."""
    for negated, name, _, yes, _, no in _TERNARY.findall(drawn):
        if _named(name, key):
            # An empty branch draws nothing of its own, so it tells nothing (None): `flag ? ' dot-x' : ''` adds a
            # class whose name says neither, and real pages add the *empty* look that way too (helper-115: the
            # class greyed the base class's filled dot). The other branch's own words decide: `flag ? '' :
            # 'uncheck'` ticks while the flag is set.
            on = look_of(yes) if yes.strip() else None
            off = look_of(no) if no.strip() else None
            if on is True and off is True and yes != no and (yes in no or no in yes):
                on, off = len(yes) > len(no), len(no) > len(yes)  # `select` / `selected`: the longer one ticks
            if (on is True and off is not True) or (off is False and on is None):
                return len(negated) % 2 == 0
            if (off is True and on is not True) or (on is False and off is None):
                return len(negated) % 2 == 1
            return None
    for negated, name, _, shown in _AND.findall(drawn):
        if _named(name, key) and look_of(shown) is True:
            return len(negated) % 2 == 0
    for _, cls, negated, name in _OBJECT.findall(drawn):
        if _named(name, key) and look_of(cls) is not None:
            return (len(negated) % 2 == 0) == look_of(cls)
    condition = _CONDITION.search(drawn)
    drawn_as = look_of(look) if look.strip() else None
    if condition is not None and key in drawn and drawn_as is not None:  # drawn only while the flag is (un)set
        test = drawn[condition.end():]
        shown_when = not (_FALSE_TEST.search(test) or ("!" in test and "!=" not in test))
        return shown_when if drawn_as else not shown_when
    return None

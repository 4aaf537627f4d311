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
#: An explicit negation wins over a tick word (`uncheck`), a tick word over a plain shape (`check-circle`).
_NEGATED = re.compile(r"uncheck|unselect|no-?sel|not-?sel|weixuan|未选|(?<![a-z])(?:off|no|not)(?![a-z])", re.I)
_TICKED = re.compile(r"check|tick|select|active|radiobox|success|choose|chose|xuanz|yixuan|gou|duihao|agree|"
                     r"(?<![a-z])on(?![a-z])|[✓✔☑√●◉✅]|勾|选中|已选", re.I)
_EMPTY = re.compile(r"round|circle|empty|blank|normal|default|[○◯☐□⬜]", re.I)
_TERNARY = re.compile(r"(!*)\s*\(*\s*([A-Za-z_$][\w$.]*)\s*\)*\s*\?\s*(['\"])(.*?)\3\s*:\s*(['\"])(.*?)\5")
_AND = re.compile(r"(!*)\s*\(*\s*([A-Za-z_$][\w$.]*)\s*\)*\s*&&\s*(['\"])(.*?)\3")
#: Vue's object class syntax: `:class="{ 'box--on': modelValue }"`.
_OBJECT = re.compile(r"(['\"]?)([\w-]+)\1\s*:\s*(!*)\s*([A-Za-z_$][\w$.]*)")
_CONDITION = re.compile(r"(?:wx|a|s|tt|qq|ks|jd):if|v-if|v-show")


def _look(text: str) -> bool | None:
    if not text.strip() or _NEGATED.search(text):
        return False
    if _TICKED.search(text):
        return True
    return False if _EMPTY.search(text) else None


def _named(name: str, key: str) -> bool:
    return name == key or name.endswith(f".{key}")


def polarity(drawn: str, key: str, look: str = "") -> bool | None:
    """Whether the indicator draws the tick when `key` is true (True), when it is false (False), or which is not
    told (None): `key ? 'checked' : ''` is True, `notAgreed ? 'cuIcon-round' : 'cuIcon-radiobox'` False,
    `{ 'box--on': key }` True; an element drawn only under `wx:if="{{key}}"` is the tick unless its own `look`
    (its src, class, type) is the empty box (`uncheck.png` under `!agreed`). A box's checked state is its flag's
    value only with this known."""
    for negated, name, _, yes, _, no in _TERNARY.findall(drawn):
        if _named(name, key):
            on, off = _look(yes), _look(no)
            if (on is True and off is not True) or (off is False and on is not False and yes.strip()):
                return len(negated) % 2 == 0
            if (off is True and on is not True) or (on is False and off is not False and no.strip()):
                return len(negated) % 2 == 1
            return None
    for negated, name, _, shown in _AND.findall(drawn):
        if _named(name, key) and _look(shown) is True:
            return len(negated) % 2 == 0
    for _, cls, negated, name in _OBJECT.findall(drawn):
        if _named(name, key) and _look(cls) is not None:
            return (len(negated) % 2 == 0) == _look(cls)
    condition = _CONDITION.search(drawn)
    if condition is not None and key in drawn:  # drawn only while the flag is set (or unset)
        shown_when = "!" not in drawn[condition.end():]
        return (not shown_when) if _look(look) is False and look.strip() else shown_when
    return None

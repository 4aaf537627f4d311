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

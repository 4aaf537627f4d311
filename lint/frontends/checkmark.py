"""Whether a hand-drawn indicator looks like a check box: what tells a box from other things a tap flips.

A tap that negates a flag and an element whose look reads it also describe an accordion (`{open ? '▲' : '▼'}`,
展开/收起), a "show more" paragraph, a filter chip or a like button. A box draws a check mark: its class, image,
icon type or glyph says check, tick, select, agree, radio (`checked.png`, `icon-xuanzhong`, `type="success"`,
`☑`), or an on/off switch image (`switch_on.png`); an arrow, caret or 展开/收起 says it is something else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_CHECKISH = re.compile(
    r"check|tick|select|agree|radio|choose|chose|gou|xuanz|consent|duihao|success|circle|switch|toggle|kaiguan|"
    r"(?:^|[/_\-.'\s])(?:on|off)(?:[_\-.'\s]|$)|[✓✔☑√☐□⬜✅◯○●◉]|勾|选中|未选|同意|开关",
    re.I,
)
_NOT_A_BOX = re.compile(r"arrow|expand|collapse|fold|caret|chevron|展开|收起|[▲▼△▽↑↓∧∨]", re.I)


def looks_checkable(texts: Iterable[str | None]) -> bool:
    """Whether the indicator's attribute values and text draw a check box (see the module doc)."""
    joined = " ".join(t for t in texts if t)
    return _CHECKISH.search(joined) is not None and _NOT_A_BOX.search(joined) is None

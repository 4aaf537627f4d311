"""Custom toggles: a tappable image whose drawable says checked or unchecked.

Many consent rows are an `ImageView`/`ImageButton` that swaps `ic_agree_selected` / `ic_agree_normal` on
tap instead of a CheckBox. It is a toggle when it is tappable (ImageButton, `clickable`, `onClick`, or a click
listener in code) and its drawable is a check mark or a state list. Its checked state is what the literal
drawable's name means (`*_checked`, `*_selected`, `*_check_on`, `*_sel` vs `*_unchecked`, `*_normal`,
`*_off`); a state list (`<selector>`) or a name that says neither is unknown.
"""

from __future__ import annotations

import functools
import re

DRAWABLE_ATTRS = ("android:src", "app:srcCompat", "android:button", "android:background", "android:foreground")
_SUBJECT = re.compile(r"check|tick|select|agree|radio|choose|chose|gou|xuanz|consent", re.I)
_NEGATIVE = {"unchecked", "uncheck", "unselected", "unselect", "unticked", "untick", "off", "nor", "normal", "unsel",
             "no", "empty", "blank", "default", "disagree", "unagree", "n", "un", "weixuan", "unchoose", "none"}
_POSITIVE = {"checked", "check", "selected", "select", "sel", "ticked", "tick", "on", "yes", "agreed", "chosen",
             "choose", "s", "y", "xuanzhong", "gou", "done", "ok", "true"}


def drawable_of(attrs: dict[str, str]) -> tuple[str, str] | None:
    """(attribute, drawable name) of the first check-like drawable on the element."""
    for qname in DRAWABLE_ATTRS:
        raw = attrs.get(qname, "")
        if is_check_mark(raw):
            return qname, raw.split("/", 1)[1]
    return None


@functools.lru_cache(maxsize=4096)
def is_check_mark(raw: str) -> bool:
    """Whether an attribute value names a check-like drawable (`@drawable/ic_agree_selected`).

    Memoized: every image of every layout asks, about the same few hundred drawables."""
    return raw.startswith(("@drawable/", "@mipmap/")) and _SUBJECT.search(raw.split("/", 1)[1]) is not None


def meaning(name: str) -> bool | None:
    """What a drawable name says: True checked, False unchecked, None neither or a state list."""
    tokens = [t for t in re.split(r"[_\d]+", name.lower()) if t]
    if not tokens or "selector" in tokens or "state" in tokens:
        return None
    if any(t in _NEGATIVE or (t.startswith("un") and _SUBJECT.search(t)) for t in tokens):
        return False
    if any(t in _POSITIVE for t in tokens[1:] or tokens):
        return True
    return None


def tappable(tag: str, attrs: dict[str, str]) -> bool:
    simple = tag.rsplit(".", 1)[-1]
    if simple.endswith("ImageButton"):
        return attrs.get("android:clickable", "true") != "false"
    return attrs.get("android:clickable") == "true" or bool(attrs.get("android:onClick"))

"""Segmented controls and chip groups that pick which legal document a screen shows: navigation, not consent.

A Legal screen often puts "Terms of Service" | "Privacy Policy" in a single-selection MaterialButtonToggleGroup
or ChipGroup above a WebView, with the first checked (`app:checkedButton`). Checking one unchecks the others, so
it cannot be accepting them: it chooses what to read. Such members are buttons (as a Material button outside a
toggle group is), not toggles.

Decided conservatively: the group must be single-selection by a literal `app:singleSelection="true"`, and every
checkable member must be named by a document and nothing else, with at least two of them. A group with one member
that says more ("Share my data", "I accept the Terms") or whose text is not known stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lint.frontends.android.nodes import BUTTON_TOGGLE_GROUP
from lint.model import Node

_GROUPS = ("ChipGroup", BUTTON_TOGGLE_GROUP)
#: A document's name alone, in English: the names lexicon:documents lists, with an optional leading "our"/"the".
_ENGLISH = re.compile(
    r"(?:(?:our|the)\s+)?(?:terms(?:\s+of\s+(?:service|use)|\s+(?:and|&)\s+conditions)?|t&cs?"
    r"|privacy\s+(?:policy|notice|statement)|cookies?\s+(?:policy|notice)|data\s+policy"
    r"|(?:user|service|license|licence|end\s+user\s+license|subscription|membership|renewal)\s+agreement|eula)",
    re.IGNORECASE)
#: In Chinese: a short name ending in a kind of document (用户协议, 隐私政策, 服务条款), or one in book-title marks.
_CHINESE = re.compile(r"《?[\w]{0,10}?(?:协议|協議|政策|条款|條款|指引|声明|聲明)》?")
_TRIM = " \t\r\n:：·•|/"
#: Fewest document-named members: one alone is a box to tick, not a choice between documents.
_FEWEST = 2


def name_only(text: str) -> bool:
    """Whether a text is one legal document's name and nothing else ("Privacy Policy", 《用户协议》)."""
    name = " ".join(text.split()).strip(_TRIM)
    return bool(name) and (_ENGLISH.fullmatch(name) is not None or _CHINESE.fullmatch(name) is not None)


def to_buttons(toggles: Iterable[Node]) -> set[int]:
    """Turns the toggles of document-picking groups into buttons; returns their ids (the caller drops them)."""
    done: set[int] = set()
    seen: set[int] = set()
    for toggle in toggles:
        group = toggle.parent
        if group is None or id(group) in seen or not group.tag.endswith(_GROUPS):
            continue
        seen.add(id(group))
        if group.attrs.get("app:singleSelection", "").strip().lower() != "true":
            continue  # several may be checked at once: ticking documents reads as accepting them
        members = [child for child in group.children if child.kind == "toggle"]
        if len(members) < _FEWEST:
            continue
        texts = [member.facts.get("text") for member in members]
        if all(text is not None and isinstance(text.value, str) and name_only(text.value) for text in texts):
            for member in members:
                member.kind = "button"
                done.add(id(member))
    return done

"""Facts rules may ask of a node that depend on the rest of its screen, computed on first demand.

A frontend resolves each element on its own; a few questions need the whole document: whether a hidden
reminder ("请先阅读并同意《用户协议》和《隐私政策》", shown after a failed login) names only documents that
visible links on the same screen already open. The engine names the document being evaluated (`showing`);
`Node.fact` asks here for a fact no frontend set.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from lint.finding import Evidence

if TYPE_CHECKING:
    from lint.model import Fact, Node

#: A document's title as Chinese screens write it.
_TITLE = re.compile(r"《([^《》]{1,40})》")
#: What makes a text a prompt to act, not the consent statement itself: "请先阅读并同意…", "Please accept…".
#: A hidden "登录即表示同意《隐私政策》" is the statement, hidden: still reported.
_PROMPT = re.compile(r"(?:^|[，,。！!；;\s])(?:请|請)|\bplease\s+(?:read|accept|agree|check|tick|confirm)", re.I)

_roots: Sequence[Node] = ()


def showing(roots: Sequence[Node]) -> None:
    """The trees of the document the engine evaluates now (derived facts look across them)."""
    global _roots
    _roots = roots


def _linked_elsewhere(node: Node) -> Fact:
    """True for a hidden prompt ("请先阅读并同意《用户协议》和《隐私政策》") whose every 《title》 is the text of a
    visible link of the same screen: it repeats what the screen shows (a validation reminder), it hides no
    document."""
    from lint.model import Fact

    if node.kind != "text" or node.fact("visible").value is not False:
        return Fact(False)
    text = node.fact("text").value
    if not isinstance(text, str) or _PROMPT.search(text) is None:
        return Fact(False)
    titles = set(_TITLE.findall(text))
    if not titles:
        return Fact(False)
    found: dict[str, Node] = {}
    for root in _roots:
        for other in root.walk():
            if other.kind != "link" or other is node:
                continue
            shown = other.fact("text").value
            if not isinstance(shown, str) or "《" not in shown:
                continue
            named = [t for t in titles if t not in found and f"《{t}》" in shown]
            if named and other.fact("visible").value is True:
                found.update(dict.fromkeys(named, other))
        if len(found) == len(titles):
            break
    if len(found) != len(titles):
        return Fact(False)
    return Fact(True, tuple(Evidence(link.path, link.span.line, f"《{title}》 is linked visibly")
                            for title, link in sorted(found.items())))


DERIVED: dict[str, Callable[[Node], Fact]] = {"linked_elsewhere": _linked_elsewhere}

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
_PROMPT = re.compile(
    r"(?:^|[，,。！!；;\s])(?:请|請)|请先|請先|需先|须先|^\s*(?:温馨)?提示|\bplease\s+(?:read|accept|agree|check|tick|confirm)",
    re.I)
#: What names a document in the rest of a prompt once the linked names are taken out: then it names one more.
_DOCUMENT_WORD = re.compile(
    r"terms|polic|agreement|conditions|eula|notice|协议|協議|政策|条款|條款|声明|聲明|指引|规则|規則", re.I)

_roots: Sequence[Node] = ()


def showing(roots: Sequence[Node]) -> None:
    """The trees of the document the engine evaluates now (derived facts look across them)."""
    global _roots
    _roots = roots


def _linked_elsewhere(node: Node) -> Fact:
    """True for a hidden prompt ("请先阅读并同意《用户协议》和《隐私政策》", "Please accept the Terms of Service")
    whose every document is a visible link of the same screen (《title》 or the link's plain text, 《》 or not): it
    repeats what the screen shows (a validation reminder), it hides no document. A document word left over names
    one more, which the screen does not link: not repeated."""
    from lint.model import Fact

    if node.kind != "text" or node.fact("visible").value is not False:
        return Fact(False)
    text = node.fact("text").value
    if not isinstance(text, str) or _PROMPT.search(text) is None:
        return Fact(False)
    links = _visible_links(node)
    titles = set(_TITLE.findall(text))
    found: dict[str, Node] = {}
    for title in titles:
        link = next((link for shown, link in links if title == shown or f"《{title}》" in shown), None)
        if link is not None:
            found[title] = link
    if len(found) != len(titles):
        return Fact(False)
    rest = _TITLE.sub(" ", text).lower()
    for shown, link in links:  # "Please accept the Terms of Service and Privacy Policy": names written plainly
        if len(shown) >= 4 and shown.lower() in rest:
            rest = rest.replace(shown.lower(), " ")
            found.setdefault(shown, link)
    if not found or _DOCUMENT_WORD.search(rest) is not None:
        return Fact(False)
    return Fact(True, tuple(Evidence(link.path, link.span.line, f"{title!r} is linked visibly")
                            for title, link in sorted(found.items())))


def _visible_links(node: Node) -> list[tuple[str, Node]]:
    """(text without 《》 and outer spaces, link) of the visible links of the screen, but for `node`."""
    found: list[tuple[str, Node]] = []
    for root in _roots:
        for other in root.walk():
            if other.kind != "link" or other is node:
                continue
            shown = other.fact("text").value
            if isinstance(shown, str) and shown.strip() and other.fact("visible").value is True:
                found.append((shown.strip().strip("《》").strip(), other))
    return found


DERIVED: dict[str, Callable[[Node], Fact]] = {"linked_elsewhere": _linked_elsewhere}

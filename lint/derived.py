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
#: Documents an English prompt names ("Please accept the Terms of Service and Privacy Policy").
_EN_DOCUMENT = re.compile(r"terms of (?:service|use)|terms (?:and|&) conditions|privacy (?:policy|notice|statement)|"
                          r"user agreement|cookie (?:policy|notice)|license agreement|eula", re.I)
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
    shown = _visible_texts(node)
    names = [f"《{title}》" for title in _TITLE.findall(text)] + [m.group(0) for m in _EN_DOCUMENT.finditer(text)]
    found: dict[str, Node] = {}
    for name in names:
        plain = name.strip("《》").lower()
        where = next((other for raw, other in shown if name.lower() in raw.lower()
                      or raw.strip().strip("《》").strip().lower() == plain), None)
        if where is None:
            return Fact(False)
        found[name] = where
    rest = text.lower()
    for name in names:
        rest = rest.replace(name.lower(), " ")
    for raw, other in shown:  # "请先同意用户协议与隐私政策" beside links written plainly (用户协议, no 《》)
        plain = raw.strip().strip("《》").strip().lower()
        if other.kind == "link" and len(plain) >= 4 and plain in rest:
            rest = rest.replace(plain, " ")
            found.setdefault(raw.strip(), other)
    if not found or _DOCUMENT_WORD.search(rest) is not None:
        return Fact(False)
    return Fact(True, tuple(Evidence(other.path, other.span.line, f"{name!r} is shown visibly")
                            for name, other in sorted(found.items())))


def _visible_texts(node: Node) -> list[tuple[str, Node]]:
    """(text, element) of the screen's visible links, texts and toggles (an agreement sentence or a checkbox
    label naming the documents shows them too), but for `node`."""
    found: list[tuple[str, Node]] = []
    around: set[int] = set()  # the prompt's ancestors: their text holds the prompt's own, hidden or not
    parent = node.parent
    while parent is not None:
        around.add(id(parent))
        parent = parent.parent
    for root in _roots:
        for other in root.walk():
            if other.kind not in ("link", "text", "toggle") or other is node or id(other) in around:
                continue
            shown = other.fact("text").value
            if not isinstance(shown, str) or not shown.strip():
                continue
            if other.kind != "link" and _PROMPT.search(shown) is not None:
                continue  # another reminder naming the documents shows none of them
            if other.fact("visible").value is True:
                found.append((shown, other))
    return found


DERIVED: dict[str, Callable[[Node], Fact]] = {"linked_elsewhere": _linked_elsewhere}

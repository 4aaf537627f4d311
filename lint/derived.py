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
    r"(?:^|[，,。！!；;\s])(?:请|請)|请先|請先|需先|须先|^\s*(?:温馨)?提示|\bplease\s+(?:read|accept|agree|check|tick|confirm)"
    # A validation message: 未同意《相关条款》, 您还未勾选同意…, 需同意《用户协议》后才能登录, "You must accept…".
    r"|^\s*(?:您|你)?(?:还|尚)?(?:未|没有?)(?:勾选|勾選)?(?:同意|阅读|閱讀)|^\s*(?:需|须|須|需要)(?:勾选|勾選)?同意"
    r"|\byou\s+(?:must|need\s+to|have\s+to)\s+(?:read\s+and\s+)?(?:accept|agree)"
    r"|\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:accepted|agreed)|\b(?:haven't|have\s+not)\s+(?:accepted|agreed)",
    re.I)
#: Documents an English prompt names ("Please accept the Terms of Service and Privacy Policy").
_EN_DOCUMENT = re.compile(r"terms of (?:service|use)|terms (?:and|&) conditions|privacy (?:policy|notice|statement)|"
                          r"user agreement|cookie (?:policy|notice)|license agreement|eula", re.I)
#: What names a document in the rest of a prompt once the linked names are taken out: then it names one more.
_DOCUMENT_WORD = re.compile(
    r"terms|polic|agreement|conditions|eula|notice|协议|協議|政策|条款|條款|声明|聲明|指引|规则|規則", re.I)

_roots: Sequence[Node] = ()
_beside: Sequence[Callable[[], list[Node]]] = ()
_index: _Shown | None = None
#: How many visible links a prompt's leftover words are compared with (a hostile page may hold thousands).
_MAX_LINKS = 200


class _Shown:
    """What the screen shows visibly, indexed once per document: which elements show each 《title》, each
    plain text, each English document name, and the links (a page of thousands of prompts stays linear)."""

    def __init__(self, roots: Sequence[Node]) -> None:
        self.titles: dict[str, list[Node]] = {}
        self.plain: dict[str, list[Node]] = {}
        self.english: dict[str, list[Node]] = {}
        self.links: list[tuple[str, Node]] = []
        #: The component trees built for this index (`Document.beside`): freed with it.
        self.extra: list[Node] = []
        for root in roots:
            for other in root.walk():
                if other.kind not in ("link", "text", "toggle"):
                    continue
                shown = other.fact("text").value
                if not isinstance(shown, str) or not shown.strip():
                    continue
                if other.kind != "link" and _PROMPT.search(shown) is not None:
                    continue  # another reminder naming the documents shows none of them
                if other.fact("visible").value is not True:
                    continue
                for title in _TITLE.findall(shown):
                    self.titles.setdefault(title, []).append(other)
                plain = shown.strip().strip("《》").strip().lower()
                self.plain.setdefault(plain, []).append(other)
                for match in _EN_DOCUMENT.finditer(shown):
                    self.english.setdefault(match.group(0).lower(), []).append(other)
                if other.kind == "link" and len(plain) >= 4 and len(self.links) < _MAX_LINKS:
                    self.links.append((plain, other))


def showing(roots: Sequence[Node], beside: Sequence[Callable[[], list[Node]]] = ()) -> None:
    """The trees of the document the engine evaluates now (derived facts look across them), and the components
    it shows that are not among them (`Document.beside`: built only if a derived fact asks)."""
    global _roots, _beside, _index
    if _index is not None and _index.extra:
        from lint.model import release_tree

        release_tree(_index.extra)
    _roots, _beside, _index = roots, beside, None


def _shown() -> _Shown:
    global _index
    if _index is None:
        extra = [node for build in _beside for node in build()]
        _index = _Shown([*_roots, *extra])
        _index.extra = extra
    return _index


def _linked_elsewhere(node: Node) -> Fact:
    """True for a hidden text or link whose every document the same screen shows visibly: it hides no document.

    A prompt ("请先阅读并同意《用户协议》和《隐私政策》", "Please accept the Terms of Service", a validation reminder)
    repeats what the screen shows when a link (《title》 or its plain text), an agreement sentence or a checkbox label
    names each document. Any other hidden text or link — the other variant of an agreement line (`compact ? <A/> :
    <B/>`, `wx:if`/`wx:else`), a tab not shown first, a component's branch a use does not take — is a copy only
    when visible *links* open each of its documents: a title shown as plain text opens nothing.
    A document word left over names one more, which the screen does not show: not repeated."""
    from lint.model import Fact

    if node.kind not in ("text", "link") or node.fact("visible").value is not False:
        return Fact(False)
    text = node.fact("text").value
    if not isinstance(text, str):
        return Fact(False)
    links_only = node.kind == "link" or _PROMPT.search(text) is None
    shown = _shown()
    around = {id(node)}  # the prompt and its ancestors: their text holds the prompt's own
    parent = node.parent
    while parent is not None:
        around.add(id(parent))
        parent = parent.parent
    found: dict[str, Node] = {}
    for title in _TITLE.findall(text):
        where = _first([*shown.titles.get(title, ()), *shown.plain.get(title.lower(), ())], around, links_only)
        if where is None:
            return Fact(False)
        found[f"《{title}》"] = where
    for match in _EN_DOCUMENT.finditer(text):
        where = _first(shown.english.get(match.group(0).lower(), ()), around, links_only)
        if where is None:
            return Fact(False)
        found[match.group(0)] = where
    rest = text.lower()
    for name in found:
        rest = rest.replace(name.lower(), " ")
    if _DOCUMENT_WORD.search(rest) is not None:
        for plain, link in shown.links:  # "请先同意用户协议与隐私政策" beside links written plainly (no 《》)
            if plain in rest and id(link) not in around:
                rest = rest.replace(plain, " ")
                found.setdefault(plain, link)
    if not found or _DOCUMENT_WORD.search(rest) is not None:
        return Fact(False)
    return Fact(True, tuple(Evidence(other.path, other.span.line, f"{name!r} is shown visibly")
                            for name, other in sorted(found.items())))


def _first(candidates: Sequence[Node], around: set[int], links_only: bool = False) -> Node | None:
    return next((other for other in candidates if id(other) not in around
                 and (not links_only or other.kind == "link")), None)


DERIVED: dict[str, Callable[[Node], Fact]] = {"linked_elsewhere": _linked_elsewhere}

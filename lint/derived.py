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
    r"|\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:accepted|agreed)|\b(?:haven't|have\s+not)\s+(?:accepted|agreed)"
    # The European languages' reminders: "Recuerda que tienes que aceptar…", "Bitte akzeptiere…",
    # "Vous devez accepter…", "Devi accettare…", "Você precisa aceitar…", "U moet akkoord gaan…".
    r"|\b(?:bitte|recuerda|recuerde|debes|debe\s+aceptar|tienes\s+que|es\s+necesario|vous\s+devez|veuillez|merci\s+d|"
    r"devi|ricorda|è\s+necessario|você\s+(?:precisa|deve)|é\s+necessário|u\s+moet|je\s+moet)\b",
    re.I)
#: Documents an English prompt names ("Please accept the Terms of Service and Privacy Policy").
_EN_DOCUMENT = re.compile(r"terms of (?:service|use)|terms (?:and|&) conditions|privacy (?:policy|notice|statement)|"
                          r"user agreement|cookie (?:policy|notice)|license agreement|eula|"
                          # …and in the European languages the lexicons read (rules/lexicons/documents.yaml)
                          r"pol[ií]ticas? de privacidade?|t[ée]rminos y condiciones|t[ée]rminos de (?:uso|servicio)|"
                          r"condiciones de uso|datenschutz-?(?:erklärung|bestimmungen|hinweise|richtlinien?)|"
                          r"nutzungsbedingungen|agbs?|politique de confidentialité|conditions générales|"
                          r"conditions d['’]utilisation|informativa (?:sulla )?privacy|termini e condizioni|"
                          r"termos (?:de uso|e condições|de serviço)|privacybeleid|privacyverklaring|"
                          r"algemene voorwaarden", re.I)
#: What names a document in the rest of a prompt once the linked names are taken out: then it names one more.
_DOCUMENT_WORD = re.compile(
    r"terms|polic|agreement|conditions|eula|notice|协议|協議|政策|条款|條款|声明|聲明|指引|规则|規則|"
    r"datenschutz|bedingungen|\bagb|privacidad|condiciones|condições|condizioni|t[ée]rminos|termos|termini|"
    r"confidentialit|informativa|voorwaarden|privacy", re.I)

_roots: Sequence[Node] = ()
#: The evaluated document's colours (`Document.paint`), None where its frontend does not read them.
_paint: Callable[[Node], dict[str, Fact]] | None = None
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
        #: Hidden consent controls and what hides each, and whether one shows (`_consent_controls`), found on demand.
        self.controls: list[tuple[Node, tuple[Evidence, ...]]] | None = None
        self.asked: list[str] = []
        for other in _outside_closed_overlays(roots):
            if other.kind not in ("link", "text", "toggle", "button"):
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
            plain = _without_glyphs(shown).strip(_EDGES).lower()  # `📄 隐私政策 ›`: the name
            self.plain.setdefault(plain, []).append(other)
            for match in _EN_DOCUMENT.finditer(shown):
                self.english.setdefault(match.group(0).lower(), []).append(other)
            if other.kind == "link" and len(plain) >= 4 and len(self.links) < _MAX_LINKS:
                self.links.append((plain, other))


#: Overlays (`<van-popup show>`, `<uni-popup>`, `AtModal isOpened`, `<page-container>`): what they hold shows once
#: they are opened, which their tag does not tell; only one written open counts as shown on the screen.
_OVERLAY = re.compile(r"popup|dialog|modal|action-?sheet|drawer|float-?layout|overlay|half-?screen|page-?container|"
                      r"bottom-?sheet", re.I)
_OPEN_FLAGS = ("show", "visible", "value", "model-value", "modelValue", "is-opened", "isOpened", "opened", "open")
_WRITTEN_TRUE = ("", "true", "{{true}}", "{true}")


def _outside_closed_overlays(roots: Sequence[Node]) -> list[Node]:
    """Every node of the trees but those inside an overlay not written open."""
    found: list[Node] = []
    stack = list(reversed(roots))
    while stack:
        node = stack.pop()
        if _OVERLAY.search(node.tag) and not any(
                (node.attrs.get(flag, "false") or "").replace(" ", "") in _WRITTEN_TRUE for flag in _OPEN_FLAGS):
            continue
        found.append(node)
        stack.extend(reversed(node.children))
    return found


def showing(roots: Sequence[Node], beside: Sequence[Callable[[], list[Node]]] = (),
            paint: Callable[[Node], dict[str, Fact]] | None = None) -> None:
    """The trees of the document the engine evaluates now (derived facts look across them), the components
    it shows that are not among them (`Document.beside`: built only if a derived fact asks), and how it reads a
    node's colours (`Document.paint`)."""
    global _roots, _beside, _index, _paint
    _paint = paint
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
        if links_only and not _bare(text.lower(), match.start(), match.end()):
            return Fact(False)  # "Children's Privacy Policy", "Subscription Terms of Service": another document
        where = _first(shown.english.get(match.group(0).lower(), ()), around, links_only)
        if where is None:
            return Fact(False)
        found[match.group(0)] = where
    rest = text.lower()
    for name in found:
        rest = rest.replace(name.lower(), " ")
    if _DOCUMENT_WORD.search(rest) is not None:
        for plain, link in shown.links:  # "请先同意用户协议与隐私政策" beside links written plainly (no 《》)
            at = rest.find(plain)
            if at < 0 or id(link) in around or (links_only and not (_bare(rest, at, at + len(plain))
                                                                     and _names_only(plain))):
                continue  # `儿童隐私政策` is not `隐私政策`; a tappable sentence is no link to a document
            rest = rest.replace(plain, " ")
            found.setdefault(plain, link)
    if not found or _DOCUMENT_WORD.search(rest) is not None:
        return Fact(False)
    return Fact(True, tuple(Evidence(other.path, other.span.line, f"{name!r} is shown visibly")
                            for name, other in sorted(found.items())))


def _first(candidates: Sequence[Node], around: set[int], links_only: bool = False) -> Node | None:
    """The first candidate outside `around`; with `links_only`, a link or button that shows only document names
    (a tappable sentence `开通即同意《…》` may well tick a box rather than open the document)."""
    return next((other for other in candidates if id(other) not in around
                 and (not links_only or (other.kind in ("link", "button") and _names_only(_text(other))))), None)


def _text(node: Node) -> str:
    value = node.fact("text").value
    return value if isinstance(value, str) else ""


#: What may stand right before or after a document's name in the same document's mention: joining words and
#: punctuation ("阅读并同意用户协议和隐私政策", "see our Privacy Policy"), not a qualifier that names another
#: document (儿童隐私政策, "Children's Privacy Policy", "Auto-Renewal Terms").
_LEADS = ("同意", "阅读", "閱讀", "查看", "详见", "了解", "和", "与", "與", "及", "或", "见", "並", "并")
_TRAILS = ("和", "与", "與", "及", "或")
_LEAD_WORDS = frozenset({"the", "our", "and", "or", "of", "to", "see", "read", "view", "your", "with", "a", "&"})


def _bare(text: str, start: int, end: int) -> bool:
    before, after = text[:start].rstrip(), text[end:].lstrip()
    if before and before[-1].isalnum() and not before.endswith(_LEADS):
        word = re.split(r"[^\w'-]", before)[-1]
        if not word.isascii() or word.lower() not in _LEAD_WORDS:
            return False
    return not (after and after[0].isalnum() and not after.startswith(_TRAILS)
                and not (after[0].isascii() and re.match(r"(?:and|or|&)\b", after, re.I)))


_LINK_FILLER = re.compile(
    r"[\s、，,;；:：/|·•()（）\[\]【】&>›»＞〉]+|(?<![\w])(?:and|or|the|our|view|see|read)(?![\w])|[和与與及或]", re.I)
_PLAIN_NAME = re.compile(r"[\w]{0,10}?(?:协议|協議|政策|条款|條款|声明|聲明|指引|规则|規則|须知|須知|清单|清單)")
_SHORT_LATIN = re.compile(r"[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2}", re.I)


#: Arrows, technical symbols, shapes, dingbats, icon fonts' private use area, emoji (and their variation selector).
_GLYPHS = re.compile("[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff\ue000-\uf8ff\ufe0f"
                     "\U0001f000-\U0001faff]")


#: What a row draws around a document's name: whitespace, title marks, chevrons.
_EDGES = " \t\r\n\u3000\u00a0《》<>‹›«»＜＞〈〉"


def _without_glyphs(text: str) -> str:
    """The text without icon glyphs a settings row draws beside its words (📄, ➜, ▶, an icon font's private-use
    characters, emoji's variation selector): symbols say nothing the link would have to be read for."""
    return _GLYPHS.sub(" ", text) if not text.isascii() else text


def _names_only(text: str) -> bool:
    """Whether a link's text is only document names (《用户协议》和《隐私政策》, 隐私政策, "Terms", "Privacy Policy"):
    a link to documents, not a sentence someone may tap to tick a box."""
    rest = _EN_DOCUMENT.sub(" ", _TITLE.sub(" ", text))
    if not rest.strip():
        return True
    stripped = _LINK_FILLER.sub(" ", _without_glyphs(rest)).strip()
    if not stripped:
        return True
    if any(verb in stripped for verb in ("同意", "阅读", "閱讀", "勾选", "勾選", "即", "表示")):
        return False
    return bool(_PLAIN_NAME.fullmatch(stripped.replace(" ", "")) or _SHORT_LATIN.fullmatch(stripped))


def _hidden_with_consent(node: Node) -> Fact:
    """True for a hidden text or link that what hides it hides together with a consent control (a combined login
    screen's register form, gone with its agreement box; a collapsed agreement row with its box): it shows whenever
    the control does, so the document can be read before agreeing. Told by a cause the two share in their
    visibility's evidence, written in the text's own file or in lifecycle code: a container, a Group, a flag on the
    screen, a code write hiding their row (a style two views inherit is no such cause: code shows each on its
    own). Not while a consent control that names the
    text's document shows: consent to it is asked now, and the hidden text may be the only way to the document.
    Mini-program and Taro builds release such texts while building (mini/dialogs.py); this answers for every
    frontend."""
    from lint.model import Fact

    hidden = node.fact("visible")
    if node.kind not in ("text", "link") or hidden.value is not False or not hidden.evidence:
        return Fact(False)
    # Lifecycle code hiding a row (`llAgreement.setVisibility(View.GONE)`) is one cause its views share, too.
    causes = {e for e in hidden.evidence if e.path == node.path or e.path.endswith((".java", ".kt"))}
    text = node.fact("text").value
    if not causes or not isinstance(text, str):
        return Fact(False)
    controls, asked = _consent_controls()
    names = _TITLE.findall(text) or [text.strip().strip("《》")]
    if any(name and name in said for name in names for said in asked):
        return Fact(False)
    for control, evidence in controls:
        if control is not node and causes.intersection(evidence):
            return Fact(True, (Evidence(control.path, control.span.line,
                                        f"hidden with its consent control <{control.tag}>, shown with it"),))
    return Fact(False)


def _consent_controls() -> tuple[list[tuple[Node, tuple[Evidence, ...]]], list[str]]:
    """The screen's hidden consent controls with what hides each, and what the shown ones say; found once per
    document."""
    index = _shown()
    if index.controls is None:
        from lint.frontends.mini.dialogs import consent_control

        index.controls = []
        stack = [*_roots, *index.extra]
        while stack:
            other = stack.pop()
            stack.extend(other.children)
            if other.kind in ("toggle", "button", "container", "text", "link") and consent_control(other):
                visible = other.fact("visible")
                if visible.value is False and visible.evidence:
                    index.controls.append((other, visible.evidence))
                elif visible.value is not False:
                    said = other.facts.get("label") or other.facts.get("text")
                    if said is not None and isinstance(said.value, str):
                        index.asked.append(said.value)
    return index.controls, index.asked


def _painted(name: str) -> Callable[[Node], Fact]:
    """A colour fact (`contrast`, `pale`, `text_color`, `background_color`): the document's painter computes them
    at once; those not asked are kept on the node too (a message quotes them)."""

    def compute(node: Node) -> Fact:
        from lint.model import UNKNOWN

        if _paint is None:
            return UNKNOWN
        found = _paint(node)
        for other, fact in found.items():
            if other != name:
                node.facts.setdefault(other, fact)
        return found.get(name, UNKNOWN)

    return compute


DERIVED: dict[str, Callable[[Node], Fact]] = {"linked_elsewhere": _linked_elsewhere,
                                              "hidden_with_consent": _hidden_with_consent,
                                              **{name: _painted(name) for name in
                                                 ("contrast", "pale", "text_color", "background_color")}}

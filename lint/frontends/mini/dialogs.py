"""Consent dialogs: a legal text hidden together with the consent control it explains.

WeChat's privacy popup (`wx.onNeedPrivacyAuthorization` + `<button open-type="agreePrivacyAuthorization">`),
a first-launch agreement dialog or a wizard step starts hidden and is shown by code when consent is
asked. Its `《隐私保护指引》` link is not visible at first render, but it is never hidden *from the
consent*: it appears whenever the consent control does. So when the element that hides a legal
text also hides a consent control, the text's visibility is that of the consent flow: unknown at
first render rather than false (and its size is still checked, as it will be read when shown).
A legal text hidden apart from its consent control (a collapsed section, a later step) stays hidden.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from lint.finding import Evidence
from lint.frontends.mini.dialects import TAPS
from lint.model import Fact, Node

#: Consent wording on a control (`同意并继续`, "I agree"); "不同意" sits beside an "同意" anyway.
_CONSENT = re.compile(r"同意|授权|授權|接受|agree|accept|consent|akzeptier|einverstanden|willige|zustimm|\bstimme\b|"
                      r"j['’]accepte|acepto|consiento|accetto|acconsento|aceito|concordo|akkoord|toestemming",
                      re.IGNORECASE)
_PRIVACY_BUTTON = "agreePrivacyAuthorization"
_CONSENT_BUTTON = re.compile(
    r"^\s*(?:我|本人)?(?:已阅读)?并?(?:同意|接受|授权|授權|允许|允許)[，,、\s]{0,2}(?:并|並)?(?:继续|繼續|登录|登錄|授权|授權|使用|"
    r"进入|進入|隐私政策|开始使用|開始使用|继续使用|繼續使用|授权并继续|授權並繼續|"
    r"(?:以上)?(?:协议|條款|条款|内容)(?:并(?:继续|进入|登录|使用))?)?\s*[!！。.]?\s*$|^\s*(?:i\s+)?(?:agree|accept)(?:\s*(?:&|and)\s*continue|\s+all)?\s*[.!]?\s*$"
    # A consent banner's or dialog's button in the European languages the lexicons read.
    r"|^\s*(?:alle\s+)?(?:akzeptieren|zustimmen)(?:\s+und\s+fortfahren)?\s*[.!]?\s*$|^\s*einverstanden\s*[.!]?\s*$"
    r"|^\s*(?:tout\s+)?accepter(?:\s+et\s+continuer)?\s*[.!]?\s*$|^\s*j['’]accepte\s*[.!]?\s*$"
    r"|^\s*(?:aceptar|accetta|aceitar)(?:\s+(?:todo|tutto|tudo))?(?:\s+(?:y|e)\s+(?:continuar|continua))?\s*[.!]?\s*$"
    r"|^\s*(?:acepto|accetto|aceito|akkoord|accepteren|alles\s+accepteren)\s*[.!]?\s*$",
    re.IGNORECASE)
#: Tap handlers of the mini-program dialects and of Vue templates (uni-app).
_TAPS = frozenset({*TAPS, "@click", "@tap", "v-on:click", "v-on:tap", "onclick"})


def consent_control(node: Node) -> bool:
    # `open-type` in templates, Taro's `openType='…'` (its attributes keep the quotes they are written with).
    kind = node.attrs.get("open-type") or node.attrs.get("openType") or ""
    if node.tag == "button" and kind.strip("'\"{} ") == _PRIVACY_BUTTON:
        return True
    tapped = node.kind in ("container", "text", "link") and any(name.lower() in _TAPS for name in node.attrs)
    if node.kind == "toggle" or node.kind == "button" or tapped:
        # A tapped `<view>` or `<text>` drawn as a button ("同意并继续") is the dialog's consent control too
        # (Taro reads a tapped `<View>` as a link). Text and label are never deferred (`Node.pending`): read
        # without settling the node, which may be waiting on the very release being decided.
        label, text = node.facts.get("label"), node.facts.get("text")
        said = (label.value if label is not None else None) or (text.value if text is not None else None)
    else:
        return False
    if not isinstance(said, str):
        return False
    # A box is labelled with its consent sentence; a button says only that it consents ("同意并继续", "Agree"), not
    # "接受优惠券" (a coupon in a collapsed section is no consent dialog).
    return (_CONSENT if node.kind == "toggle" else _CONSENT_BUTTON).search(said) is not None


def consent_release(hiding: Node, hidden: Fact, openers: dict[Opener, Node] | None = None,
                    together: Sequence[Node] = ()) -> Fact | None:
    """The visibility of what `hiding` hides (`hidden`) when a consent control is among it, or when it is the
    viewer a document link outside it opens (`openers`: data key -> a tapped element naming a legal document
    whose handler shows that key), else None. `together`: the elements one condition renders with `hiding`
    (a fragment's children), where the control may be."""
    control = next((n for member in (together or (hiding,)) for n in member.walk() if consent_control(n)), None)
    if control is not None:
        note = Evidence(control.path, control.span.line,
                        f"shown with its consent control <{control.tag}> (a dialog or step opened by code)")
        return Fact(None, (note, *hidden.evidence))
    key = _condition_key(hiding)
    opener = openers.get(key) if openers and key is not None else None
    if opener is None or any(n is opener for n in hiding.walk()):
        return None
    if any(n.kind == "link" and n is not hiding for n in hiding.walk()):
        return None  # links to documents behind a "查看相关协议 ▾": a collapsed section, not a document's viewer
    text = opener.facts.get("text")
    note = Evidence(opener.path, opener.span.line,
                    f"opened by a tap on {text.value if text is not None else '<' + opener.tag + '>'}")
    return Fact(None, (note, *hidden.evidence))


#: `wx:if="{{showAgreement}}"` (any dialect's prefix), `hidden="{{!showAgreement}}"`, Vue's `v-if="showAgreement"`:
#: the key whose value shows it, and whether that value is true (`hidden="{{closed}}"` is shown by a false `closed`).
_KEYED = re.compile(r"^\s*(?:\{\{)?\s*(!?)\s*(?:this\.)?([A-Za-z_$][\w$]*)\s*(?:\}\})?\s*$")
#: An opener, by the key its handler sets and the value it sets it to (see `document_openers`).
Opener = tuple[str, bool]


def _condition_key(node: Node) -> Opener | None:
    for name, value in node.attrs.items():
        shows = name.endswith((":if", "-if")) or name in ("v-if", "v-show")
        if shows or name == "hidden":
            found = _KEYED.match(value or "")
            if found and (shows or "{{" in (value or "")):  # a bare `hidden` word is no binding
                negated = found.group(1) == "!"
                return found.group(2), negated != shows
    return None


def through_use(openers: Mapping[Opener, Node], use: Node) -> dict[Opener, Node]:
    """The page's openers as a component used at `use` reads them: a property the use binds to a page key
    (`closed="{{closed}}"`, `show-doc="{{!hideDoc}}"`, Vue's `:closed="closed"`) is set when the key is: the
    component's own viewer (`<view class="modal" hidden="{{closed}}">`) is what the page's link opens."""
    from lint.frontends.mini.library import camel

    mapped: dict[Opener, Node] = {}
    for name, raw in use.attrs.items():
        bound = name.startswith((":", "v-bind:"))
        if not raw or not (bound or "{{" in raw):
            continue
        found = _KEYED.match(raw)
        if found is None:
            continue
        prop = camel(name.split(":", 1)[1] if bound else name)
        for value in (True, False):
            opener = openers.get((found.group(2), value))
            if opener is not None:
                mapped.setdefault((prop, value != (found.group(1) == "!")), opener)
    return mapped


#: Document titles: Chinese book-title marks, or the usual names of legal documents (links.py reads them too).
DOCUMENT_TITLE = re.compile(
    r"《[^》\n]{1,40}》|协议|政策|条款|隐私|指引|terms|privacy|policy|agreement|conditions", re.IGNORECASE)


def document_openers(order: Iterable[Node], handlers: Mapping[str, Any]) -> dict[Opener, Node]:
    """Data keys that a tapped element naming a legal document sets (to true, to false, or flips either way), by
    key and value: what that value shows (`wx:if="{{showDoc}}"` set true, `hidden="{{closed}}"` set false) is that
    document's viewer, reached from a link the user sees."""
    found: dict[Opener, Node] = {}
    for node in order:
        tap = next((value for name, value in node.attrs.items() if name.lower() in _TAPS and value), None)
        text = node.facts.get("text")
        if tap is None or text is None or not isinstance(text.value, str) or not DOCUMENT_TITLE.search(text.value):
            continue
        handler = handlers.get(tap.strip())
        if handler is None:
            continue
        for key in handler.flips:
            found.setdefault((key, True), node)
            found.setdefault((key, False), node)
        for key in handler.shows:
            found.setdefault((key, True), node)
        for key, value in handler.sets:
            if value is False:
                found.setdefault((key, False), node)
    return found


def release_consent_dialogs(order: Iterable[Node], openers: dict[Opener, Node] | None = None,
                            together: Mapping[int, Sequence[Node]] | None = None) -> None:
    """`order` is document order (parents first): each hiding element is met before what it hides. `together`:
    by element, the siblings one condition renders with it and no element holds (Taro's fragments)."""
    for node in order:
        hidden = node.facts.get("visible")
        if hidden is None or hidden.value is not False:
            continue
        parent = node.parent
        if parent is not None and parent.fact("visible") is hidden:
            continue  # inherited: the hiding element above was already considered
        released = consent_release(node, hidden, openers, together.get(id(node), ()) if together else ())
        if released is None:
            continue
        for inner in node.walk():
            if inner.facts.get("visible") is hidden:
                inner.facts["visible"] = released

"""Settings screens written as preference XML (`res/xml*/`, `<PreferenceScreen>`) to the UI model.

Consent often lives in settings: `<SwitchPreferenceCompat app:title="@string/personalised_ads"
app:defaultValue="true"/>`. A new user sees each preference at its default value, so a two-state preference
(switch, check box) is a toggle whose checked state is `defaultValue` (`@bool/` resolved; absent: off), labelled
by its title and summary; a plain preference with a title is text, or a link when it opens an `<intent>`; one with
`isPreferenceVisible="false"` is hidden, with everything in it. Files in `res/xml*/` whose root is not a
preference screen (network security, file paths, backup rules) give no nodes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lint.frontends.android.layout import attributes
from lint.frontends.android.locate import locator
from lint.frontends.android.module import Module
from lint.frontends.android.nodes import Facts, FileText, Site
from lint.frontends.android.visibility import VISIBLE, combine
from lint.model import Document, Fact, Node, Span

_TWO_STATE = ("SwitchPreference", "SwitchPreferenceCompat", "CheckBoxPreference", "TwoStatePreference",
              "MaterialSwitchPreference", "SwitchPreferenceMaterial")
_GROUPS = ("PreferenceScreen", "PreferenceCategory")
_ANDROID, _APP = "android:", "app:"


def is_preference_folder(name: str) -> bool:
    """`xml`, `xml-v21`...: where preference screens live (with other XML resources)."""
    return name == "xml" or name.startswith("xml-")


def build(path: Path, shown: str, module: Module) -> Document:
    parsed = module.parsed(path)
    doc = Document(parsed.shown)
    if parsed.error is not None:
        doc.errors.append(parsed.error)
        return doc
    root = parsed.root
    if root is None or type(root.tag) is not str or not root.tag.rsplit(".", 1)[-1].endswith("PreferenceScreen"):
        return doc  # another kind of XML resource
    file = FileText(parsed.shown, parsed)
    facts = Facts(module, frozenset({path.stem}))
    stack: list[tuple[Any, Node | None]] = [(root, None)]
    while stack:
        element, parent = stack.pop()
        if type(element.tag) is not str:
            continue
        node = _node(element, parent, file, facts)
        (doc.roots if parent is None else parent.children).append(node)
        stack.extend((child, node) for child in reversed(element))
    doc.locate = locator(parsed, {})
    return doc


def _node(element: Any, parent: Node | None, file: FileText, facts: Facts) -> Node:
    tag = element.tag
    simple = tag.rsplit(".", 1)[-1]
    attrs = attributes(element)
    line = element.sourceline or 1
    site = Site(file, line, None)
    title = _text(attrs, "title", site, facts)
    summary = _text(attrs, "summary", site, facts)
    kind = "container" if simple.endswith(_GROUPS) else "toggle" if simple.endswith(_TWO_STATE) else (
        "link" if any(type(c.tag) is str and c.tag == "intent" for c in element) else "text" if title else "other")
    if kind == "toggle":
        # A two-state preference shows `summaryOn` instead of its summary while on: what a user reads
        # under a switch that starts on ("Your usage data is shared with our analytics partners").
        summary = _text(attrs, "summaryOn", site, facts) or summary
    found: dict[str, Fact] = {}
    words = _sentences([str(f.value) for f in (title, summary) if f is not None and f.value])
    if words and kind != "container":
        evidence = tuple(e for f in (title, summary) if f is not None for e in f.evidence)
        found["text"] = Fact(words, evidence, _alts(title, summary))
    above = parent.facts["visible"] if parent is not None else VISIBLE
    found["visible"] = combine(above, _visible(attrs, site, facts))
    if kind == "toggle":
        checked = _attr(attrs, "defaultValue")
        fact = facts.bool_attr(attrs, checked, site) if checked else None
        found["checked"] = fact if fact is not None else Fact(False)
        enabled = _attr(attrs, "enabled")
        state = facts.bool_attr(attrs, enabled, site) if enabled else None
        if state is not None:
            found["disabled"] = Fact(None if state.value is None else not state.value, state.evidence)
        if "text" in found:
            found["label"] = found["text"]
    inherited = parent.ignores if parent is not None else frozenset()
    ignore = attrs.get("tools:ignore")
    if ignore:
        inherited = inherited | frozenset(r.strip() for r in ignore.split(","))
    return Node(kind, tag, file.path, Span(line, 1, line, 1), attrs, parent, [], found, inherited)


def _attr(attrs: dict[str, str], name: str) -> str | None:
    """The attribute's qualified name as written: androidx preferences use `app:`, the framework `android:`."""
    for prefix in (_APP, _ANDROID):
        if prefix + name in attrs:
            return prefix + name
    return None


def _text(attrs: dict[str, str], name: str, site: Site, facts: Facts) -> Fact | None:
    qname = _attr(attrs, name)
    if qname is None:
        return None
    raw = attrs[qname]
    here = site(qname, raw)
    if not raw.startswith("@"):
        return Fact(raw, (here,))
    resolved = facts.res.resolve(raw)
    if resolved is None:
        return Fact(None, (here,))
    return Fact(resolved.value, (here, *resolved.evidence), resolved.alts)


def _alts(*parts: Fact | None) -> tuple[str, ...]:
    """Other locales' title and summary, joined as the default locale's are (a consent in Chinese only)."""
    lists = [p.alts for p in parts if p is not None and p.value]
    if not lists:
        return ()
    count = max(len(a) for a in lists)
    return tuple(_sentences([str(a[i]) for a in lists if i < len(a)]) for i in range(count))


_STOPS = frozenset(".:;!?。：；！？")
_WIDE_STOPS = frozenset("。：；！？")


def _sentences(parts: list[str]) -> str:
    """Title and summary as the two statements they are ("Social blocking list. Blocks third-party
    content."): lexicon patterns that read how a statement starts (a protective "Blocks …" is no
    consent to sharing) see the summary's start."""
    joined = ""
    for part in parts:
        head = joined.rstrip()
        if not head:
            joined = part
            continue
        wide = ord(head[-1]) >= 0x2E80  # CJK: a full stop of its own width, and no space after it
        if head[-1] not in _STOPS:
            head += "。" if wide else "."
        joined = f"{head}{'' if head[-1] in _WIDE_STOPS else ' '}{part}"
    return joined


def _visible(attrs: dict[str, str], site: Site, facts: Facts) -> Fact | None:
    qname = _attr(attrs, "isPreferenceVisible")
    if qname is None:
        return None
    shown = facts.bool_attr(attrs, qname, site)
    if shown is None or shown.value is None:
        return Fact(None)
    return VISIBLE if shown.value else Fact(False, shown.evidence)

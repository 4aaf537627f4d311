"""Android layouts to the UI model: kinds, and the facts the framework resolves at inflation.

One iterative pass over the lxml tree builds nodes with the facts most selectors decide on (kind, text),
parents before children so `tools:ignore` is inherited without recursion, grafting `<include>`d and
ViewStub layouts in place (include.py); labels need siblings, so they are set in a second, cheap pass over
the toggles. Visibility, text size and toggle state wait in `Node.pending` (pending.py) until asked for;
lifecycle code (code.py) is consulted only for elements whose state it could change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import Any

from lint.frontends.android import doctabs, include, labels, needed, standalone
from lint.frontends.android.include import Grafts
from lint.frontends.android.locate import locator
from lint.frontends.android.module import Module, Parsed
from lint.frontends.android.nodes import (
    BUTTON_TOGGLE_GROUP,
    CHECKED_CHILD,
    CHIP,
    KINDS,
    Facts,
    FileText,
    Site,
    checkable_chip,
    kind_of,
)
from lint.frontends.android.pending import Pending, finish_small
from lint.frontends.android.resources import Resources
from lint.frontends.android.viewids import id_name
from lint.model import Document, Fact, Node, Span

_NS = {
    "http://schemas.android.com/apk/res/android": "android:",
    "http://schemas.android.com/tools": "tools:",
    "http://schemas.android.com/apk/res-auto": "app:",
}
_NO_IGNORES: frozenset[str] = frozenset()
_TOOLS_IGNORE = "{http://schemas.android.com/tools}ignore"
#: Spans of the common lines, shared: a span is immutable and one per element costs an allocation the
#: garbage collector then tracks for the life of the tree.
_SHARED_SPANS = 4096
_SPANS = [Span(line, 1, line, 1) for line in range(_SHARED_SPANS)]


#: Attribute key as lxml gives it -> the name rules and evidence use: `{uri}local` -> `prefix:local` for
#: the well-known namespaces, a plain key -> itself. Layouts repeat the same few dozen keys on every element,
#: so one dict lookup per attribute replaces parsing the key.
_KNOWN_NAMES: dict[str, str] = {}


def attributes(element: Any) -> dict[str, str]:
    names = _KNOWN_NAMES
    try:
        return {names[key]: value for key, value in element.items()}
    except KeyError:  # a key seen for the first time, or a custom namespace
        return _attributes_slow(element)


def _attributes_slow(element: Any) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for key, value in element.items():
        name = _KNOWN_NAMES.get(key)
        if name is None:
            if key[0] != "{":
                name = _KNOWN_NAMES[key] = key
            else:
                uri, local = key[1:].split("}", 1)
                prefix = _NS.get(uri)
                if prefix is None:  # a custom namespace: its prefix depends on this document, so not remembered
                    prefix = next((p + ":" for p, u in (element.nsmap or {}).items() if u == uri and p), "")
                    name = prefix + local
                else:
                    name = _KNOWN_NAMES[key] = prefix + local
        attrs[name] = value
    return attrs


@dataclass(frozen=True, slots=True)
class _Context:
    """What the include chain gives every element of one layout file in this build (shared, not per element)."""

    file: FileText
    chain: tuple[Path, ...]
    scope: frozenset[str] = frozenset()  # included layout names: code scoped to them applies too
    anchor: tuple[int, str] | None = None  # the top-level include/ViewStub the element came through
    needed: needed.Needed | None = None  # the file's elements the active rules need; None: all
    #: `tools:ignore` on the `<include>` that brought the file in: it covers what it includes, as Android Lint's does.
    ignores: frozenset[str] = frozenset()


#: Include overrides of an included root's attributes, and the include's (file, line) they were written at.
_Extra = tuple[dict[str, str], tuple[FileText, int]]
#: An element waiting to be built: (element, parent node, context, overrides). A plain tuple: one is made
#: per element, and a tuple costs a fraction of a dataclass instance.
_Item = tuple[Any, Node | None, _Context, _Extra | None]
#: Longest ToggleButton text read as a state word ("ON", "OFF", "开启") rather than a label.
_STATE_WORD = 4
_NO_FRAGMENT_CONTENT = ("fragment", "androidx.fragment.app.FragmentContainerView")
_TEXT_KINDS = ("text", "link")


class _Build:
    def __init__(self, module: Module, path: Path, shown: str) -> None:
        self.module = module
        self.shown = shown
        self.facts = Facts(module, frozenset({path.stem}))
        self.grafts = Grafts()
        self.toggles: list[Node] = []
        #: Whether a toggle sits in a ChipGroup or MaterialButtonToggleGroup (doctabs.py; most layouts: none).
        self.tabs = False
        self.label_for: dict[str, Node] = {}
        self.own: list[Node] = []
        self.paths: dict[str, Path] = {shown: path}
        self.later = Pending(self.facts)
        self.finish: Callable[[Node], None] = self.later.finish  # one bound method shared by every node
        #: Whether any lifecycle code of the module sets a view's text (most modules: none, nothing to look up).
        self.code_texts = module.code().writes_text
        #: Whether any string of the module has `<small>` words (most: none, nothing to look up per text view).
        self.smalls = module.res.has_small()

    def _needed(self, parsed: Parsed, labelling: bool = False) -> needed.Needed | None:
        reach = self.module.reach
        if reach is None:
            return None
        return needed.needed(parsed, reach, self.module, self.facts, labelling)

    def run(self, doc: Document, parsed: Parsed) -> None:
        file = self.later.file = FileText(parsed.shown, parsed)
        stack: list[_Item] = [(parsed.root, None, _Context(file, (parsed.path,), needed=self._needed(parsed)), None)]
        while stack:
            item = stack.pop()
            element, parent, context, _ = item
            tag = element.tag
            if type(tag) is not str or tag == "data":
                continue  # comments, and data-binding's <data> declarations
            if context.needed is not None and element not in context.needed.keep:
                continue  # no active rule can select it or anything below it, nor read it (needed.py)
            if tag == "include":
                stack.extend(reversed(self._include(item)))
                continue
            node = self._node(item, tag)
            if parent is None:
                doc.roots.append(node)
            else:
                parent.children.append(node)
            if tag in _NO_FRAGMENT_CONTENT:
                continue  # tools:layout is a preview hint, not inflated content
            if tag.endswith("ViewStub") and tag.rsplit(".", 1)[-1] == "ViewStub":
                stack.extend(reversed(self._graft(item, node, node.attrs.get("android:layout"), {}, node)))
            elif len(element):  # most elements are leaves: skip making an empty zip of three repeats
                stack.extend(zip(reversed(element), repeat(node), repeat(context), repeat(None)))  # tuples made in C

    def _include(self, item: _Item) -> list[_Item]:
        attrs = attributes(item[0])
        return self._graft(item, item[1], attrs.get("layout"), include.overrides(attrs), None)

    def _graft(self, item: _Item, parent: Node | None, raw: str | None, extra: dict[str, str],
               stub: Node | None) -> list[_Item]:
        element, _, context, _ = item
        parsed = include.resolve(self.module, raw, context.chain)
        root = include.included_root(parsed) if parsed is not None else None
        if parsed is None or root is None:
            return []
        self.paths[parsed.shown] = parsed.path
        file = FileText(parsed.shown, parsed)
        line = element.sourceline or 1
        anchor = context.anchor or (line, "ViewStub" if stub is not None else "include")
        labelling = context.needed is not None and element in context.needed.labelling
        ignored = element.get(_TOOLS_IGNORE) if stub is None else None
        ignores = context.ignores | frozenset(r.strip() for r in ignored.split(",")) if ignored else context.ignores
        inner = _Context(file, (*context.chain, parsed.path), context.scope | {parsed.path.stem}, anchor,
                         self._needed(parsed, labelling), ignores)
        if root.tag == "merge":  # the merge's children join the includer's parent; overrides do not apply
            return [(c, parent, inner, None) for c in root]
        if stub is not None and stub.attrs.get("android:inflatedId"):
            extra = {"android:id": stub.attrs["android:inflatedId"]}
        return [(root, parent, inner, (extra, (context.file, line)) if extra else None)]

    def _node(self, item: _Item, tag: str) -> Node:
        """A node with the facts that decide most selectors (kind, text); the rest (`_finish`) on first demand.

        Nothing per node is kept for `_finish` but the node: what it needs is the node's file and line (its
        `Grafted` slots, else the layout's), and the rare include overrides and custom toggles by id.
        """
        element, parent, context, extra = item
        attrs = attributes(element)
        line = element.sourceline or 1
        span = _SPANS[line] if line < _SHARED_SPANS else Span(line, 1, line, 1)
        overrides = None
        if extra is not None:
            attrs.update(extra[0])
            overrides = dict.fromkeys(extra[0], extra[1])
        # Kind, text and ignores first, so the node is made whole in one call (no attribute set after it).
        kind = KINDS.get(tag) or kind_of(tag)
        if kind == "button" and tag.endswith(CHIP):
            kind = "toggle" if checkable_chip(attrs) else "button"
            self.tabs = self.tabs or kind == "toggle"
        elif kind == "button" and parent is not None and parent.tag.endswith(BUTTON_TOGGLE_GROUP):
            kind = "toggle"  # the group makes its buttons checkable
            self.tabs = True
        facts: dict[str, Fact] = {}
        text, linked = (self.facts.text(attrs, Site(context.file, line, overrides)) if "android:text" in attrs
                        else (None, False))
        if (text is None or text.value is None) and kind == "toggle" and "android:textOn" in attrs:
            # A ToggleButton shows textOn while checked, over any android:text (so one not known here does not
            # matter). Most say only "ON"/"开" and are labelled by the row (labels.py); one that says what it turns
            # on is its own label.
            on, on_link = self.facts.text(attrs, Site(context.file, line, overrides), "android:textOn")
            if on is not None and isinstance(on.value, str) and len(on.value.strip()) > _STATE_WORD:
                text, linked = on, on_link
        small = None
        if self.smalls and text is not None and kind in _TEXT_KINDS:
            small = self.facts.small_text(attrs, Site(context.file, line, overrides))
        if self.code_texts and "android:id" in attrs:  # lifecycle code may set the text after inflation
            raw_id = attrs["android:id"]
            written = self.facts.code_text(id_name(raw_id), context.scope, parent)
            if written is not None:
                text, linked = written
                small = None
        if text is not None:
            facts["text"] = text
        if kind == "text" and labels.is_link(attrs, text, linked):
            kind = "link"
        custom = None
        if kind == "image":
            raw_id = attrs.get("android:id", "")
            view = id_name(raw_id)  # labels.view_id, before the node exists
            custom = self.facts.custom_toggle(tag, attrs, Site(context.file, line, overrides), view, parent)
            if custom is not None:
                kind = "toggle"
        inherited = parent.ignores if parent is not None else _NO_IGNORES
        if context.ignores:
            inherited = inherited | context.ignores
        ignore = attrs.get("tools:ignore")
        if ignore:
            inherited = inherited | frozenset(r.strip() for r in ignore.split(","))
        anchor = context.anchor
        node: Node
        if anchor is not None:
            node = grafted = include.Grafted(kind, tag, self.shown, span, attrs, parent, [], facts, inherited,
                                             self.finish)
            grafted.origin, grafted.table, grafted.file, grafted.scope = (context.file.path, line), None, \
                context.file, context.scope
            self.grafts.origins[id(node)] = (node, context.file.path, line)
            self.grafts.anchors[id(node)] = anchor
        else:
            node = Node(kind, tag, context.file.path, span, attrs, parent, [], facts, inherited, self.finish)
            self.own.append(node)
        if small is not None and anchor is None:
            # The `<small>` words are drawn at their own size: a node of their own under the view, as a mini-program's
            # inner `<text>` is, so legal words there are measured at it. Not for a grafted view: its layout's own
            # build reports them once, where they are written.
            node.children.append(Node("text", tag, node.path, span, attrs, node, [], {"text": small}, inherited,
                                      finish_small))
        if overrides is not None:
            self.later.overrides[id(node)] = overrides
        if kind == "toggle":
            if custom is not None:
                self.later.custom[id(node)] = custom
            self.toggles.append(node)
        # Rare attributes: a membership test each, so an element without them costs no more.
        if "android:checkedButton" in attrs or "app:checkedChip" in attrs or "app:checkedButton" in attrs:
            for suffix, key in CHECKED_CHILD:
                button = attrs.get(key, "")
                if "/" in button and tag.endswith(suffix):
                    here = Site(context.file, line, overrides)(key, button)
                    self.later.checked_buttons[id(node)] = (id_name(button), here)
                    break
        if "app:constraint_referenced_ids" in attrs and parent is not None and tag.rsplit(".", 1)[-1] == "Group":
            members = self.later.groups.setdefault(id(parent), {})
            for ref in attrs["app:constraint_referenced_ids"].split(","):
                if ref.strip():
                    members[ref.strip()] = node
        if "android:labelFor" in attrs:
            target = attrs["android:labelFor"]
            if "/" in target:
                self.label_for[id_name(target)] = node
        return node


def build_with(path: Path, module: Module) -> tuple[Document, _Build | None]:
    parsed = module.parsed(path)
    doc = Document(parsed.shown)
    if parsed.error is not None:
        doc.errors.append(parsed.error)
        return doc, None
    if parsed.root is None:
        return doc, None
    build = _Build(module, path, parsed.shown)
    build.run(doc, parsed)
    if build.tabs:  # a segmented control or chip group the screen has: it may pick a document to read
        tabs = doctabs.to_buttons(build.toggles)
        if tabs:
            build.toggles = [toggle for toggle in build.toggles if id(toggle) not in tabs]
    for toggle in build.toggles:
        found = labels.label(toggle, build.label_for)
        if found is not None:
            toggle.facts["label"] = found
    if build.grafts.origins:
        include.settle(build.grafts, lambda p: _standalone(module, p), build.paths)
    doc.locate = locator(parsed, build.grafts.anchors)
    return doc, build


def _standalone(module: Module, path: Path) -> standalone.Table:
    cached: standalone.Table | None = module.standalone.get(path)
    if cached is None:
        module.standalone[path] = standalone.Table()  # an include cycle sees an empty table, not recursing forever
        doc, build = build_with(path, module)
        cached = module.standalone[path] = _table(module, path, build)
        if path in _includes(module).shareable:
            module.prebuilt[path] = doc  # the layout's own unit takes it instead of building it again
    return cached


def _table(module: Module, path: Path, build: _Build | None) -> standalone.Table:
    """The build's nodes, summarised when an includer compares with them (standalone.Table)."""
    if build is None:
        return standalone.Table()

    def rebuild() -> tuple[list[Node], dict[int, tuple[Node, str, int]]]:
        again = build_with(path, module)[1]
        return (again.own, again.grafts.origins) if again is not None else ([], {})

    return standalone.Table(build.own, build.grafts.origins, rebuild)


def _includes(module: Module) -> include.Includes:
    if module.includes is None:
        module.includes = include.scan(module)
    found: include.Includes = module.includes
    return found


def build(path: Path, shown: str, res: Resources | Module) -> Document:
    """Builds one layout document. `res` is the module context (a bare table set is wrapped for old callers).

    An included layout is built twice per module otherwise: once for its own unit, once standalone to know
    which of its facts its includers change (`_standalone`). Where that build is a pure function of the
    module (`include.Includes`), whichever role comes first does the work and the other reuses it.
    """
    module = res if isinstance(res, Module) else Module(path.parent.parent, res, (path.parent.parent,), lambda p: shown)
    if path not in _includes(module).shareable:
        return build_with(path, module)[0]
    kept: Document | None = module.prebuilt.pop(path, None)
    if kept is not None:
        module.handed.append(module.standalone[path])
        return kept
    doc, built = build_with(path, module)
    if path in module.includes.included and path not in module.standalone:
        module.standalone[path] = _table(module, path, built)
        module.handed.append(module.standalone[path])
    return doc

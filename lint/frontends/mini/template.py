"""WXML-family templates to the UI model, with first-render facts.

The HTML grammar reads the masked template; one iterative pass builds nodes and resolves, per
element, its kind (built-ins and the component-library table) and its `wx:if` chain, then its
visibility (`hidden`, chains, styles, ancestors), computed font size (the cascade, inherited) and
toggle state: at once, or, for a page (`lazy`), when a rule first asks (`deferred.py`). Text,
hand-drawn toggles, links and labels need the finished tree and are set afterwards. The
attribute-to-fact methods (flags, `wx:if` chains, visibility, toggle state) are in `facts.py`.
"""

from __future__ import annotations

import functools
import html
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from lint.finding import Evidence
from lint.frontends.cascade import Cascade, Element
from lint.frontends.css import HOST
from lint.frontends.expr import UNKNOWN, to_display
from lint.frontends.mini.deferred import DeferredFacts, Later
from lint.frontends.mini.dialects import TAPS, Dialect
from lint.frontends.mini.external import Passed
from lint.frontends.mini.facts import TemplateFacts
from lint.frontends.mini.handlers import Handler
from lint.frontends.mini.labels import join_inline, words_end
from lint.frontends.mini.library import Library, attribute, written_true
from lint.frontends.mini.loops import not_rendered, rendering
from lint.frontends.mini.mask import parse_masked
from lint.frontends.mini.scale import combine_scale, scale_factor, scaled
from lint.frontends.mini.state import State as State
from lint.frontends.mini.styles import UNKNOWN_ROOT, font_size
from lint.frontends.mini.unclosed import VOID, first_of, last_unclosed, named
from lint.frontends.mini.values import Binder
from lint.lexicon import MAX_MATCH_CHARS
from lint.model import Document, Fact, Node, Span
from lint.textpos import LineIndex

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

    from lint.frontends.mini.dialogs import Opener
    from lint.frontends.mini.paint import Painter

_KINDS = {"text": "text", "rich-text": "text", "input": "input", "textarea": "input", "image": "image",
          "label": "container", "block": "container", "view": "container", "scroll-view": "container",
          "swiper": "container", "form": "container", "checkbox-group": "container", "radio-group": "container"}
_PAGE: Element = ("page", frozenset(), None)
_HOST: Element = (HOST, frozenset(), None)
#: Builds a custom component's tree for a use site (or None); set by the page builder.
Grafter = Callable[[Node, dict[str, str | None], "State", Binder], list[Node]]


@dataclass(slots=True)
class Context:
    """A template's surroundings: its script's handlers, the library table, component grafting."""

    handlers: MutableMapping[str, Handler] = field(default_factory=dict)
    library: Library = field(default_factory=lambda: Library({}, {}))
    graft: Grafter | None = None
    #: Components used here that are not grafted: their trees on demand (`Document.beside`).
    beside: list[Callable[[], list[Node]]] = field(default_factory=list)


_TAP_NAMES = frozenset(TAPS)


def tap_handler(attrs: dict[str, str]) -> tuple[str, str] | None:
    for name, value in attrs.items():
        if value and name.lower() in _TAP_NAMES:
            return name, value
    return None


@functools.cache
def html_kinds(name: str) -> frozenset[int]:
    """The HTML grammar's ids of a named node kind (compared instead of `.type` strings)."""
    from lint.frontends.ts import kinds

    return kinds("html", name)


class TemplateBuilder(TemplateFacts, DeferredFacts):
    def __init__(self, shown: str, data: bytes, dialect: Dialect, binder: Binder, cascade: Cascade,
                 context: Context | None = None, lazy: bool = False, definition: str | None = None) -> None:
        self.shown = shown
        #: Set to render only the `<template name="...">` definition of that name (templates.py); otherwise
        #: definitions are not rendered where they are written.
        self.definition = definition
        self.data = data
        self.dialect = dialect
        self.binder = binder
        self.cascade = cascade
        self.context = context or Context()
        self.lines = LineIndex(data)
        self.directives = dialect.directives  # a property that builds its tuple: read per element
        self.legacy_loop = dialect.legacy_loop or "\0"  # never an attribute name: one membership test
        self.attribute_ids, self.quoted_ids = html_kinds("attribute"), html_kinds("quoted_attribute_value")
        #: Each element's text pieces and child elements, in document order; created on first append
        #: (a quarter of the elements, `<image>`, `<input>`, `<switch>`, have none).
        self.parts: defaultdict[int, list[Any]] = defaultdict(list)
        #: The end offset of each element's last child (text or element; document order): its text's evidence spans
        #: to that line.
        self.text_end: dict[int, int] = {}
        self.order: list[Node] = []
        #: Raw text children holding bindings, per element (hand-drawn toggles read them).
        self.bound: dict[int, list[str]] = {}
        #: Each element's own text, outside its child elements (a bare text sibling can be a label).
        self.direct: dict[int, str] = {}
        #: Use sites of grafted components: no font size of their own (`Later` leaves it out too).
        self.hosts: set[int] = set()
        #: A row's text and children in order, when toggles share its bare text (labels.py splits it).
        self.segments: dict[int, list[Any]] = {}
        #: Elements whose own text has a part that cannot be known (`<text>{{label}}</text>`, `:title="$t('x')"`),
        #: and those whose whole text is then empty (set by `_texts`): a toggle beside one has an unknown label,
        #: it must not borrow the next row's text.
        self.unknown_own: set[int] = set()
        self.unknown: set[int] = set()
        #: A list row's known title (a library container's `label` property): the label of the one toggle in the row
        #: (an unknown one is in `unknown_own`).
        self.titles: dict[int, Fact] = {}
        #: Where a toggle's text comes from when a library property gives it (`title="…"` on a list row's switch).
        self.label_notes: dict[int, tuple[Evidence, ...]] = {}
        #: The messages a node's own text shows through translations (i18n.py), by node.
        self.text_notes: dict[int, list[Evidence]] = {}
        #: Per parent, the `wx:if`/`wx:elif` branch that is taken: why its later siblings are not shown.
        self.taken: dict[int, Evidence] = {}
        #: Element facts beyond kind and text wait for `Node.pending` (`deferred.py`). Off for
        #: subclasses that read them in `_element` (Vue) and for grafted components (compared at once).
        self.lazy = lazy
        #: Elements a build at once finds hidden by their own condition (`_rendered`, deferred.py).
        self.own_hidden: set[int] = set()
        self.states: dict[int, Later] = {}
        self.released: dict[int, Fact] = {}
        self.grafts: list[tuple[Node, list[Node], State]] = []
        #: How many items the `wx:for` element just built renders (its first one included), when they are known.
        self.repeats = 0
        #: Per parent, whether a branch of the `wx:if` chain being read inside a known loop item was taken.
        self.item_chains: dict[int, Any] = {}
        #: Data keys a visible document link shows (dialogs.document_openers), set by `finish`.
        self.openers: dict[Opener, Node] = {}
        #: Set by graft.py for a component whose use passes its external classes (external.py).
        self.external: Passed = {}
        #: What the page is drawn on and whether it is a component's (mini/page.py; paint.py reads them).
        self.backdrop_of: Callable[[], Fact] | None = None
        self.component = False
        self.painter: Painter | None = None

    def root_state(self) -> State:
        page = self.cascade.computed([_PAGE])
        size = font_size(page, Fact(None), [])
        root = size.value
        if root is None and ("font-size" in page or self.cascade.unresolved is not None):
            root = UNKNOWN_ROOT
        if self.cascade.hosted:  # a component whose sheet styles its host: its elements are inside that
            size, scale = self.host_styles(size, None, root)
            return State((_PAGE, _HOST), Fact(True), size, False, self.binder, root, scale)
        return State((_PAGE,), Fact(True), size, False, self.binder, root)

    def host_styles(self, size: Fact, scale: Fact | None, root: Any,
                    styled_at_use: bool = False) -> tuple[Fact, Fact | None]:
        """The font size and scale inside a component whose sheet styles its host (`:host { font-size: … }`),
        from what the host inherits. A page's own rule on the host outranks `:host`: where the use site has a
        class or style, what the page set there is not separated from what it inherited, so a size or scale
        `:host` sets is unknown."""
        host = self.cascade.computed([_PAGE, _HOST])
        if "font-size" in host:
            size = Fact(None) if styled_at_use else font_size(host, size, [], root)
        own = scale_factor(host, HOST)
        if own is not None:
            scale = combine_scale(scale, Fact(None) if styled_at_use else own)
        return size, scale

    def build(self, root: State | None = None) -> Document:
        from lint.frontends.ts import first_error

        doc = Document(self.shown)
        tree = parse_masked(self.data)
        broken = first_error(tree.root_node)
        if broken is not None:
            doc.errors.append(self._syntax_error(broken))
        start = root or self.root_state()
        elements = html_kinds("element")
        # An entity (`&nbsp;`, `&gt;`) is text the grammar keeps apart: decoded, so a finding quotes and a rule
        # matches the words the label says (`同意 《隐私政策》`, not `同意&nbsp;《隐私政策》`). WeChat's <text> shows
        # the character only with `decode`; without it the same words show with the entity spelled out.
        entities = html_kinds("entity")
        texts = html_kinds("text") | entities
        wanted = elements | texts  # comments are never linted; stray tags are parse errors
        top = tree.root_node.children
        if self.definition is not None:
            found = self._definition(tree.root_node, self.definition)
            top = found.children if found is not None else []
        # The last field is the item a `wx:for` element renders (loops.py), None for the first (or only) one.
        stack: list[tuple[TSNode, Node | None, State, int | None]] = [
            (c, None, start, None) for c in reversed(top) if c.kind_id in wanted]
        definitions = b"<template" in self.data  # a `<template name>` is rendered only where it is used
        # A tag never closed (`<text>设为默认` before its parent's `</view>`) is a compile error in WXML and Vue; the
        # grammar, reading HTML, closes it silently at its parent's end tag. The first one is reported.
        end_tags = html_kinds("end_tag") if broken is None else frozenset()
        unclosed: TSNode | None = None
        chains: dict[int, Any] = {}
        data, parts, order, graft = self.data, self.parts, self.order, self.context.graft
        text_end = self.text_end
        while stack:
            ts_node, parent, state, item = stack.pop()
            if ts_node.kind_id in texts:
                if parent is not None:
                    key, end = id(parent), ts_node.end_byte
                    raw = data[ts_node.start_byte : end].decode("utf-8", "replace")
                    if ts_node.kind_id in entities:
                        raw = html.unescape(raw)  # `&nbsp;` is U+00A0, whitespace to the collapsing in `_texts`
                    if "{{" in raw:
                        value, evidence = state.binder.interpolate(raw)
                        if value is UNKNOWN:
                            self.unknown_own.add(key)
                        elif evidence and "t(" in raw:  # `{{ $t('login.agree') }}`: the message it shows
                            from lint.frontends.i18n import translations

                            self.text_notes.setdefault(key, []).extend(translations(evidence))
                        parts[key].append(state.binder.text(raw) if value is UNKNOWN else str(value))
                        self.bound.setdefault(key, []).append(raw)
                    else:
                        parts[key].append(raw)
                    text_end[key] = end  # where the parent's content reaches (its evidence)
                continue
            if definitions and self._defines(ts_node) is not None:
                continue
            if end_tags and unclosed is None and ts_node.child(ts_node.child_count - 1).kind_id not in end_tags \
                    and ts_node.child(0).type == "start_tag" and named(ts_node) not in VOID:
                unclosed = ts_node
            node, attrs, child_state = self._element(ts_node, parent, state, chains, item)
            if self.repeats:  # the other items render after this one's subtree
                stack.extend([(ts_node, parent, state, k) for k in range(self.repeats - 1, 0, -1)])
                self.repeats = 0
            if node is None:
                continue
            order.append(node)
            if parent is None:
                doc.roots.append(node)
            else:
                parent.children.append(node)
                key = id(parent)
                parts[key].append(node)
                text_end[key] = ts_node.end_byte
            if graft is not None and self.context.library.spec(node.tag) is None:
                grafts = graft(node, attrs, child_state, child_state.binder)
                for grafted in grafts:
                    node.children.append(grafted)
                    parts[id(node)].append(grafted.fact("text").value or "")
                if grafts:
                    self.grafts.append((node, grafts, child_state))
                    # Its text is the component's, whose elements carry their own sizes: the size the use site
                    # inherits is not that text's (a 16px component text under a 10px parent is not 10px).
                    self.hosts.add(id(node))
                    node.facts.pop("font_size", None)
            stack.extend([(c, node, child_state, None) for c in reversed(ts_node.children) if c.kind_id in wanted])
        if unclosed is not None:
            line, column = self.lines.point(*unclosed.start_point)
            doc.errors.append((line, column, f"template syntax error: <{named(unclosed)}> is never closed"))
        self.finish()
        if self.lazy:
            doc.release = self.release
            doc.paint = self.paint
        doc.beside = self.context.beside
        return doc

    def _syntax_error(self, broken: TSNode) -> tuple[int, int, str]:
        """Where and what: the source where the grammar gave up (`near '<text class="a>同意'`), or a closing tag
        nothing opened (the grammar marks only the whole document then)."""
        if broken.type == "document" or (broken.start_byte == 0 and broken.end_byte == len(self.data)):
            stray = first_of(broken, "erroneous_end_tag")
            if stray is not None:
                line, column = self.lines.point(*stray.start_point)
                return line, column, f"template syntax error: {self._raw(stray).strip()} closes no open tag"
            unclosed = last_unclosed(broken)
            if unclosed is not None:  # the grammar closes it at its parent's end tag, and the parent is left open
                line, column = self.lines.point(*unclosed.start_point)
                return line, column, f"template syntax error: <{named(unclosed)}> is never closed"
        line, column = self.lines.point(*broken.start_point)
        near = self.data[broken.start_byte : broken.start_byte + 40].split(b"\n", 1)[0]
        near_text = near.decode("utf-8", "ignore").strip()
        return line, column, f"template syntax error near {near_text!r}" if near_text else "template syntax error"

    def finish(self) -> None:
        from lint.frontends.mini.dialogs import document_openers, release_consent_dialogs, through_use
        from lint.frontends.mini.labels import assign_labels
        from lint.frontends.mini.links import classify_taps
        from lint.frontends.mini.toggles import find_custom_toggles

        self._texts(self.order)
        find_custom_toggles(self.order, self.context.handlers, self.binder, self.dialect, self.bound)
        classify_taps(self.order, self.context.handlers)
        assign_labels(self.order, self.direct, self.unknown, self.titles, self.segments, self._rendered,
                      top_row=True)
        self.openers = document_openers(self.order, self.context.handlers)
        for use, grafted, _ in self.grafts if self.openers else ():
            # A component's viewer the page's document link opens through a property it binds (built eagerly).
            mapped = through_use(self.openers, use)
            if mapped:
                release_consent_dialogs([n for root in grafted for n in root.walk()], mapped)
        if self.lazy:
            self._attach()
        else:
            release_consent_dialogs(self.order, self.openers)

    def _defines(self, element: TSNode) -> str | None:
        """The name a `<template name="...">` element defines, else None."""
        tag_node = element.child(0)
        if not tag_node.named_child_count:
            return None
        name_node = tag_node.named_child(0)
        if self.data[name_node.start_byte : name_node.end_byte] != b"template":
            return None
        return self._attributes(tag_node).get("name")

    def _definition(self, root: TSNode, name: str) -> TSNode | None:
        elements = html_kinds("element")
        stack = [root]
        while stack:
            node = stack.pop()
            if node.kind_id in elements and self._defines(node) == name:
                return node
            stack.extend(reversed(node.children))
        return None

    def _raw(self, ts_node: TSNode) -> str:
        return self.data[ts_node.start_byte : ts_node.end_byte].decode("utf-8", "replace")

    def _attributes(self, tag_node: TSNode) -> dict[str, str | None]:
        # named_child(i), not named_children[i]: the latter builds every child's Python object each time.
        # Kinds are compared by id: `.type` builds a new string per call.
        attrs: dict[str, str | None] = {}
        data, attribute_ids, quoted_ids = self.data, self.attribute_ids, self.quoted_ids
        for attr in tag_node.named_children:
            count = attr.named_child_count
            if count == 0 or attr.kind_id not in attribute_ids:
                continue
            name_node = attr.named_child(0)
            name = data[name_node.start_byte : name_node.end_byte].decode("utf-8", "replace")
            value: str | None = None
            if count > 1:
                value_node = attr.named_child(1)
                if value_node.kind_id in quoted_ids:
                    # `class=""` has no value node inside its quotes (and named_child raises past the end).
                    inner = value_node.named_child(0) if value_node.named_child_count else None
                    value = data[inner.start_byte : inner.end_byte].decode("utf-8", "replace") if inner else ""
                else:
                    value = data[value_node.start_byte : value_node.end_byte].decode("utf-8", "replace")
            attrs[name] = value
        return attrs

    def _element(self, ts_node: TSNode, parent: Node | None, state: State, chains: dict[int, Any],
                 item: int | None = None) -> tuple[Node | None, dict[str, str | None], State]:
        """The element's node, its attributes and the state its children start from; no node for an element a
        known loop item does not render (`loops.not_rendered`)."""
        tag_node = ts_node.child(0)
        name_node = (tag_node.named_child(0) if tag_node.named_child_count else None) or tag_node
        tag = self.data[name_node.start_byte : name_node.end_byte].decode("utf-8", "replace")
        attrs = self._attributes(tag_node)
        # By byte offset (the masked bytes keep every offset): a tree-sitter point is an object per call.
        line, column, end_column = self.lines.span(ts_node.start_byte, name_node.end_byte)
        # Shared when no attribute is bare: neither dict is changed afterwards.
        own = cast("dict[str, str]", attrs) if None not in attrs.values() else {
            k: v if v is not None else "" for k, v in attrs.items()}
        spec = self.context.library.spec(tag)
        node = Node(spec.kind if spec is not None else _KINDS.get(tag, "other"), tag, self.shown,
                    Span(line, column, line, end_column), own, parent)
        binder = state.binder
        loop = self.directives[3]
        looped = loop in attrs
        if not looped and self.legacy_loop in attrs:
            loop, looped = self.legacy_loop, True
        if looped:
            binder, count = rendering(attrs, loop, self.dialect, binder, item, self.shown, line)
            if count:  # a list known when the page loads: the element renders once per item, each known
                looped = False
                if item is None:
                    self.repeats = count
        if binder.loop_names and not_rendered(attrs, self.directives, self.dialect.bare_directives, binder,
                                              self.item_chains, id(parent)):
            return None, attrs, state
        if spec is not None and any(written_true(attrs, prop, binder) for prop in spec.toggle_when):
            node.kind = "toggle"
        if spec is not None and spec.label:
            for prop in spec.label:
                found = attribute(attrs, prop)
                if found is not None and found[1]:
                    value, evidence = binder.value(found[1])
                    known = value is not UNKNOWN
                    if known:
                        value = value if isinstance(value, str) else to_display(value)
                    self.parts[id(node)].append(value if known else binder.text(found[1]))
                    if not known:
                        self.unknown_own.add(id(node))
                    written = Evidence(self.shown, line, f'{found[0]}="{found[1]}" on <{tag}>')
                    if node.kind != "toggle" and known:
                        self.titles[id(node)] = Fact(value, (written, *evidence))
                    elif known:  # the toggle's own text is this property: say so, not "<tag> text"
                        self.label_notes[id(node)] = (written, *evidence)
                    break
        if tag == "rich-text" and attrs.get("nodes"):
            attrs = self._rich_text(node, attrs, binder)
        # The `wx:if` chain is kept per parent in document order: a lazy build evaluates it on demand.
        if self.lazy:
            branch = self._branch(attrs, chains, id(parent), line, binder)
            return node, attrs, self._defer(node, state, attrs, binder, branch, looped, spec)
        conditional = self._conditional(attrs, chains, id(parent), line, binder)
        if conditional.value is False or ("hidden" in attrs and self._flag(attrs, "hidden", line, binder).value):
            self.own_hidden.add(id(node))  # by its own `wx:if` or `hidden`, not only its ancestors' (labels.py)
        chain, visible, size, uncertain, scale = self._resolve(node, attrs, state, binder, conditional, looped)
        node.facts["visible"] = visible
        shown_size = scaled(size, scale)
        if shown_size.value is not None:
            node.facts["font_size"] = shown_size
            node.facts["size_unit"] = Fact("px")
        if spec is not None and node.kind == "toggle":
            self._toggle_facts(node.facts, node, attrs, spec, binder)
        return node, attrs, State(chain, visible, size, uncertain, binder, state.root_size, scale)

    def _rich_text(self, node: Node, attrs: dict[str, str | None], binder: Binder) -> dict[str, str | None]:
        """`<rich-text nodes>`: its text as the element's own, and a style wrapping all of it as its inline style
        (richtext.py); unknown text when the nodes cannot be known."""
        from lint.frontends.mini.richtext import shown

        value, _ = binder.value(attrs["nodes"] or "")
        found = shown(value) if value is not UNKNOWN else None
        if found is None:
            self.unknown_own.add(id(node))
            return attrs
        text, style = found
        if text:
            self.parts[id(node)].append(text)
        if style:
            attrs = {**attrs, "style": f"{attrs.get('style') or ''};{style}".lstrip(";")}
        return attrs

    def _texts(self, order: list[Node]) -> None:
        """Each node's text is all its descendants' text, in document order, whitespace collapsed."""
        texts: dict[int, str] = {}
        pop, direct, shown = self.parts.pop, self.direct, self.shown
        text_end, starts = self.text_end, self.lines.starts
        for node in reversed(order):
            key = id(node)
            parts = pop(key, None)
            if not parts:
                texts[key] = ""
                continue
            own: str | None = None
            if len(parts) == 1:  # most elements: one text, or one child (whose text is already collapsed)
                only = parts[0]
                if isinstance(only, str):
                    text = own = " ".join(only.split())
                else:
                    text, own = texts.get(id(only), ""), ""
            else:
                pieces = [p if isinstance(p, str) else texts.get(id(p), "") for p in parts]
                text = " ".join(join_inline(pieces, [not isinstance(p, str) for p in parts]).split())
            texts[key] = text
            if not text and (key in self.unknown_own
                             or any(not isinstance(p, str) and id(p) in self.unknown for p in parts)):
                self.unknown.add(key)
            if text:
                # Only text of its own makes a wrapper a text element; its children speak for themselves.
                if own is None:
                    own = " ".join("".join([p for p in parts if isinstance(p, str)]).split())
                if own:
                    direct[key] = own
                    if sum(not isinstance(p, str) and p.kind == "toggle" for p in parts) > 1:
                        self.segments[key] = parts  # `<radio/>同意<radio/>不同意`: each its own words
                # A label's words are on the lines below its start tag (`<label>` / `<checkbox/>` / `<text>…`):
                # the evidence spans them, so `--diff-from` keeps a finding whose label was edited there.
                last = text_end.get(key)
                end = bisect_right(starts, last - 1) if last else node.span.line
                # Narrowed only where the last part adds no words (a row ending in its switch) or the text runs
                # past what rules read: most nodes pay one test, not a call (labels.words_end).
                last_part = parts[-1]
                if end > node.span.line and ((type(last_part) is not str and not texts.get(id(last_part)))
                                             or len(text) > MAX_MATCH_CHARS):
                    end = words_end(text, parts, texts, end, shown)
                note = self.label_notes.get(key) if own == text else None
                said = note or (Evidence(shown, node.span.line, f"<{node.tag}> text", end),)
                messages = self.text_notes.get(key) if own == text else None
                node.facts["text"] = Fact(text, (*said, *messages) if messages else said)
                if own and node.kind in ("container", "other"):
                    node.kind = "text"

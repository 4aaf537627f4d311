"""The common UI model every frontend produces and every rule reads.

A frontend turns a unit of source files into a tree of `Node`s whose `facts` are resolved the
way the platform renders the first screen. A fact is a value plus the evidence it came from;
a value of ``None`` means *unknown*, which no rule may treat as a violation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from lint.finding import Evidence, frozen_setters

#: The node kinds selectors can name.
KINDS = ("toggle", "link", "text", "button", "container", "input", "image", "other")


@dataclass(frozen=True, slots=True, init=False)
class Span:
    """A 1-based source range; columns in UTF-16 code units."""

    line: int
    column: int
    end_line: int
    end_column: int

    def __init__(self, line: int, column: int, end_line: int, end_column: int) -> None:
        _span_line(self, line)  # one per element: see `frozen_setters`
        _span_column(self, column)
        _span_end_line(self, end_line)
        _span_end_column(self, end_column)


_span_line, _span_column, _span_end_line, _span_end_column = frozen_setters(
    Span, "line", "column", "end_line", "end_column")


@dataclass(frozen=True, slots=True, init=False)
class Fact:
    """A resolved value with where it came from.

    ``alts`` holds alternative values the same fact takes elsewhere (a label's text in other
    locales): a text selector matches when any of them matches.
    """

    value: Any
    evidence: tuple[Evidence, ...] = ()
    alts: tuple[Any, ...] = ()

    def __init__(self, value: Any, evidence: tuple[Evidence, ...] = (), alts: tuple[Any, ...] = ()) -> None:
        _fact_value(self, value)  # tens of thousands a run: see `frozen_setters`
        _fact_evidence(self, evidence)
        _fact_alts(self, alts)

    def values(self) -> tuple[Any, ...]:
        return (self.value, *self.alts)


_fact_value, _fact_evidence, _fact_alts = frozen_setters(Fact, "value", "evidence", "alts")


class Variants(Fact):
    """A fact that takes one of several values, one per build of the app (an Android product flavor's own string):
    `value` and `alts` are the builds' values. A rule reports it only when it would report every build's
    (lint/engine.py), whereas a plain fact's `alts` (other locales of one build) match when any one does."""

    __slots__ = ()


UNKNOWN = Fact(None)

#: Facts a frontend that defers others (`Node.pending`) still sets while building: rules search them first,
#: and a node without text (most containers) must not be settled just to learn it has none.
#: tests/test_pending.py checks that no pending finisher ever adds them.
EAGER_FACTS = frozenset({"text", "label"})
#: Facts `lint/derived.py` computes from the rest of the screen when a rule asks (named here: no import).
_DERIVED_NAMES = frozenset({"background_color", "contrast", "hidden_with_consent", "linked_elsewhere", "pale",
                            "text_color"})
#: Every fact a frontend sets or `lint/derived.py` computes: what a selector can test and a message can quote.
#: A name outside it (`checkd: true`) would be unknown on every node, so a rule using it would never report.
FACTS = ("background_color", "checked", "contrast", "disabled", "font_size", "hidden_with_consent", "href", "label",
         "linked_elsewhere", "pale", "size_unit", "text", "text_color", "visible")
#: What each fact holds when known: a selector comparing one with another type (`checked: 'true'`, `visible: gone`)
#: would never match, so it is refused when the rule is loaded.
FACT_TYPES: dict[str, type] = {"background_color": str, "checked": bool, "contrast": float, "disabled": bool,
                               "font_size": float, "hidden_with_consent": bool, "href": str, "label": str,
                               "linked_elsewhere": bool, "pale": bool, "size_unit": str, "text": str,
                               "text_color": str, "visible": bool}


@dataclass(eq=False, slots=True)
class Node:
    """One element of a rendered UI tree."""

    kind: str
    tag: str
    path: str
    span: Span
    attrs: dict[str, str] = field(default_factory=dict)
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    facts: dict[str, Fact] = field(default_factory=dict)
    #: Rule ids suppressed on this element and its descendants (Android `tools:ignore`).
    ignores: frozenset[str] = frozenset()
    #: Computes the rest of `facts` on first demand. A frontend sets `kind` and the facts rules search
    #: first (`EAGER_FACTS`) while building and leaves the others (visibility, size, checked state) here:
    #: most elements fail a rule on kind or text, so their other facts are never needed.
    pending: Callable[[Node], None] | None = None

    def fact(self, name: str) -> Fact:
        found = self.facts.get(name)
        if found is None and self.pending is not None and name not in EAGER_FACTS:
            self.settle()
            found = self.facts.get(name)
        if found is None and name in _DERIVED_NAMES:  # a fact about the node's screen (lint/derived.py)
            from lint.derived import DERIVED

            found = self.facts[name] = DERIVED[name](self)
        return UNKNOWN if found is None else found

    def settle(self) -> None:
        """Runs this node's pending facts, and its ancestors' first (facts inherit from the parent).

        Iterative: layouts can nest deeper than Python's recursion limit.
        """
        if self.pending is None:
            return
        chain: list[Node] = []
        node: Node | None = self
        while node is not None:
            if node.pending is not None:
                chain.append(node)
            node = node.parent
        for waiting in reversed(chain):
            finish = waiting.pending
            if finish is not None:  # an ancestor's finisher may have settled this one already
                waiting.pending = None
                finish(waiting)

    def identity(self) -> str:
        """Names the element without line numbers, for fingerprints and baselines."""
        ident = self.attrs.get("android:id") or self.attrs.get("id") or ""
        label = self.fact("label").value or self.fact("text").value or ""
        return f"{self.tag}#{ident}|{str(label)[:60]}"

    def walk(self) -> Iterator[Node]:
        """Pre-order, iterative: layouts can nest deeper than Python's recursion limit."""
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))


@dataclass(slots=True)
class Document:
    """One parsed source file of a unit, with its UI tree (if it has one) and problems."""

    path: str
    roots: list[Node] = field(default_factory=list)
    #: Parse problems: (line, column, message); each becomes a `parse-error` finding.
    errors: list[tuple[int, int, str]] = field(default_factory=list)
    #: Computes a node's exact span on demand (lxml has no columns; locating every element
    #: up front would cost more than parsing), or None when `Node.span` is already exact.
    locate: Callable[[Node], Span] | None = None
    #: Drops frontend state that the nodes' pending facts keep (and that refers back to it), once the
    #: document's findings are made: without cycles, reference counting frees a unit's trees at once.
    release: Callable[[], None] | None = None
    #: The trees of components the screen shows that are not part of `roots` (not grafted: they render here as
    #: they do alone), built only when a derived fact looks across the screen (derived.py: a hidden reminder
    #: naming documents a component's links show).
    beside: list[Callable[[], list[Node]]] = field(default_factory=list)
    #: An element a component renders under a use -> the same element of the component read alone (Taro
    #: components the module renders itself): a finding the alone copy makes too is reported once, there.
    twins: dict[int, list[Node]] = field(default_factory=dict)
    #: A node's `contrast`, `pale`, `text_color` and `background_color` (mini/paint.py), computed when a rule asks:
    #: the styles of the node and its ancestors are read again then. None where the frontend does not know colours.
    paint: Callable[[Node], dict[str, Fact]] | None = None


def has_ancestor_in(node: Node, ids: set[int]) -> bool:
    """Whether an ancestor of `node` is among `ids` (ids of nodes)."""
    parent = node.parent
    while parent is not None:
        if id(parent) in ids:
            return True
        parent = parent.parent
    return False


def release_tree(roots: list[Node]) -> None:
    """Breaks a tree's parent links (and pending facts) once nothing will read it again.

    Parents and children refer to each other, so without this a tree lives on until the cyclic
    collector's oldest generation runs; with it, reference counting frees every node at once. A child no
    longer points up, so the children lists can stay: dropping the roots frees the lists with the nodes.
    """
    stack = list(roots)
    while stack:
        node = stack.pop()
        if node.children:
            stack.extend(node.children)
        node.parent = None
        node.pending = None


def release_document(doc: Document) -> None:
    """Frees a document's trees and the frontend state they keep (`Document.release`) once it is not read again."""
    if doc.release is not None:
        doc.release()
        doc.release = None
    roots, doc.roots = doc.roots, []
    release_tree(roots)

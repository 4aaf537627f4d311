"""Standalone summaries: what an included layout's elements are when the layout is built on its own.

An includer silences a grafted element whose facts equal the included layout's own (include.py); the
summaries to compare with are made here, per element origin, on first demand.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from lint.model import Node, release_tree

Summary = tuple[str, tuple[tuple[str, Hashable, Hashable], ...]]
Origin = tuple[str, int]  # (display path, line) of the element in its own layout file

#: Rebuilds a standalone layout's nodes: (own nodes, grafted origins), as `Table` indexes them.
Rebuild = Callable[[], tuple[list[Node], dict[int, tuple[Node, str, int]]]]


class Table:
    """Fact summaries of a standalone build's elements by origin, made on first demand, once per origin.

    Includers compare a few of an included layout's elements (the ones something asks about): summarising
    every element up front settled ~4x more nodes than any comparison needed. So the table keeps the build's
    nodes until asked. When the build is also the layout's own document, the runner releases that tree once
    its unit is linted (parents gone, `pending` cleared); keeping those nodes would also keep every included
    layout of the module alive for the cyclic collector to traverse. So, once released (`prune`, from
    `Module.release_trees`), the table keeps only the summaries of the nodes something settled and drops the
    nodes; an origin it cannot answer then rebuilds the layout once (`rebuild`: such a build is a pure
    function of the module, see include.Includes, so the fresh nodes summarise the same).
    """

    __slots__ = ("_index", "_made", "_nodes", "_origins", "_rebuild")

    def __init__(self, own: list[Node] | None = None, origins: dict[int, tuple[Node, str, int]] | None = None,
                 rebuild: Rebuild | None = None) -> None:
        self._nodes: list[Node] | None = own or []  # None once pruned
        self._origins = origins or {}
        self._rebuild = rebuild
        self._index: dict[Origin, list[Node]] | None = None
        self._made: dict[Origin, tuple[Summary, ...]] = {}

    def prune(self) -> None:
        """Drops the nodes, once their tree may be released, keeping the summaries their settled nodes
        still give: the elements some rule looked at, which are the ones includers tend to compare."""
        made = self._made
        for origin, nodes in self._indexed().items():
            if origin not in made and all("visible" in node.facts for node in nodes):
                made[origin] = self._summarised(nodes)
        self._nodes, self._origins, self._index = None, {}, None

    def close(self) -> None:
        """Frees the table's nodes and its rebuild closure (which refers to the module that holds the table:
        a cycle) when its module context is dropped."""
        release_tree([*(self._nodes or ()), *(node for node, _, _ in self._origins.values())])
        self._nodes, self._origins, self._index, self._rebuild = None, {}, None, None
        self._made = {}

    def get(self, origin: Origin) -> tuple[Summary, ...]:
        made = self._made.get(origin)
        if made is None:
            made = self._made[origin] = self._summaries(origin)
        return made

    def _summaries(self, origin: Origin) -> tuple[Summary, ...]:
        nodes = self._indexed().get(origin, ())
        if self._rebuild is not None and (self._nodes is None or any(_released(node) for node in nodes)):
            self._nodes, self._origins = self._rebuild()
            self._index, self._rebuild = None, None
            nodes = self._indexed().get(origin, ())
        return self._summarised(nodes)

    @staticmethod
    def _summarised(nodes: list[Node] | tuple[()]) -> tuple[Summary, ...]:
        found: tuple[Summary, ...] = ()
        for node in nodes:
            made = summary(node)
            if made not in found:
                found = (*found, made)
        return found

    def _indexed(self) -> dict[Origin, list[Node]]:
        """Own elements by (file, line); grafted ones by their origin (never asked for in practice: an
        includer compares with the table of the file its element comes from, but they were always in)."""
        index = self._index
        if index is None:
            index = self._index = {}
            for node in self._nodes or ():
                key = (node.path, node.span.line)
                listed = index.get(key)
                if listed is None:
                    index[key] = [node]
                else:
                    listed.append(node)
            for node, path, line in self._origins.values():
                index.setdefault((path, line), []).append(node)
        return index


def _released(node: Node) -> bool:
    """Whether the runner released the node before anything settled it (a settled node always has
    `visible`, and keeps its facts after release)."""
    return node.pending is None and "visible" not in node.facts


def summary(node: Node) -> Summary:
    if node.pending is not None:
        node.settle()  # every fact counts: a grafted element is silenced only if none of them changed
    # Names are unique, so sorting the items orders by name alone (facts themselves are never compared).
    facts = tuple([(name, _hashable(f.value), _hashable(f.alts)) for name, f in sorted(node.facts.items())])
    return node.kind, facts


#: Types whose values are their own summary: nearly every fact value, and `alts` (a tuple is Hashable to
#: the ABC whatever it holds), so the slower ABC check is skipped for them.
_PLAIN = frozenset({str, float, bool, int, type(None), tuple})


def _hashable(value: Any) -> Hashable:
    if type(value) in _PLAIN:
        return value  # type: ignore[no-any-return]
    return value if isinstance(value, Hashable) else repr(value)

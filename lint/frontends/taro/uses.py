"""Components a Taro module defines and renders itself, built under each use (the builder's side of components.py).

`JsxBuilder` (jsx.py) meets `<Row label='…' checked={on}/>` for a `Row` the module defines: `_expand` gives the
JSX of `Row`'s definition to build under the use, reading the props that use passes; once the page is built,
`_settle_uses` decides where findings on those elements are reported (at the component or at the use).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from lint.frontends.expr import Lookup, Valued
from lint.frontends.taro.attrs import UNKNOWN_SPREAD, spread
from lint.frontends.taro.components import (
    MAX_EXPANSIONS,
    MAX_NESTING,
    MAX_USES,
    Props,
    default_props,
    parameter_names,
    props_lookup,
    props_of,
    shadowed,
    use_evidence,
)
from lint.frontends.taro.imported import Flow, Imported
from lint.model import Document, Fact, Node, Span

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

    from lint.frontends.taro.expressions import Pending, State
    from lint.frontends.taro.reached import Test

#: What an element under a component's use is compared on with the component alone (`_settle_uses`).
_COMPARED = ("checked", "visible", "font_size", "disabled", "text", "label")


class ComponentUses:
    """Component uses for `JsxBuilder`; the attributes below are set by its `__init__`."""

    shown: str
    src: bytes
    lookup_for: Callable[[TSNode], Lookup] | None
    module_lookup: Lookup
    order: list[Node]
    starts: dict[int, int]
    attrs_of: dict[int, dict[str, TSNode | None]]
    #: Components this module defines and renders itself (components.py), and the name of the one each use-site
    #: node renders, how many uses of each were built, and the use each element of a definition was built under.
    local: dict[str, TSNode]
    expansions: dict[int, str]
    uses: dict[str, int]
    rendered_by: dict[int, Node]
    #: The module's syntax tree (set while building).
    root: TSNode | None
    #: Project components imported from other files (imported.py), and the uses that became toggles through them.
    imported: Imported | None
    flows: dict[int, Flow]
    #: Imported components used here, their trees on demand (`Document.beside`).
    beside: dict[str, Callable[[], list[Node]]]
    unknown_own: set[int]
    unknown_labels: set[int]

    if TYPE_CHECKING:
        def _note(self, node: TSNode) -> str: ...

        def _value(self, value: TSNode | None) -> Valued: ...

        def _spread_value(self, node: TSNode, name: str) -> Valued: ...

        def _roots(self, top: TSNode, test: Test) -> list[tuple[TSNode, Fact]]: ...

        def _test_with(self, lookup: Lookup) -> Test: ...

    def _expand(self, name: str, ts_node: TSNode, node: Node, state: State) -> list[Pending]:
        """A use of a component the module defines (components.py): its JSX under the use, reading the props
        the use passes. Not inside itself, nor deeper than `MAX_NESTING` components."""
        around: list[str] = []
        ancestor: Node | None = node.parent
        while ancestor is not None:
            if id(ancestor) in self.expansions:
                around.append(self.expansions[id(ancestor)])
            ancestor = ancestor.parent
        uses = self.uses.get(name, 0)
        if name in around or len(around) >= MAX_NESTING or uses >= MAX_USES or len(self.expansions) >= MAX_EXPANSIONS:
            return []  # the component alone stands for this use (its props unknown)
        self.uses[name] = uses + 1
        self.expansions[id(node)] = name
        given, open_ended = self._given(name, node)
        function = self.local[name]
        if not open_ended and self.root is not None:
            given = {**default_props(self.root, self.src, function, self.module_lookup, self.shown), **given}
        body = function.child_by_field_name("body")
        if body is None:
            return []
        outer = self.lookup_for(body) if self.lookup_for is not None else self.module_lookup
        lookup = props_lookup(props_of(function), Props(given, open_ended), outer, self.src, self.shown)
        return [(jsx, node, state, reached, shadowed(parameter_names(jsx, function), lookup))
                for jsx, reached in self._roots(body, self._test_with(lookup))]

    def _given(self, name: str, node: Node) -> tuple[dict[str, Valued], bool]:
        """The props a use passes, read with the state of the use (`self.lookup`), and whether a `{...spread}`
        may pass others."""
        attrs = self.attrs_of[id(node)]
        given: dict[str, Valued] = {}
        for key, value in attrs.items():
            if key == UNKNOWN_SPREAD:
                continue
            written = self._note(value) if value is not None else None
            found = self._spread_value(value, key) if value is not None and spread(value) else self._value(value)
            given[key] = use_evidence(self.shown, node.span.line, name, key, written, *found)
        return given, UNKNOWN_SPREAD in attrs

    def _flow(self, name: str, ts_node: TSNode, node: Node) -> None:
        """A use of a component imported from the project (imported.py): a toggle when the component renders one
        whose state its props decide; its label is settled with the page's texts (`_settle_flows`)."""
        if self.imported is None:
            return
        self.beside.setdefault(name, functools.partial(self.imported.roots, name))  # its links open documents here
        given, open_ended = self._given(name, node)
        flow, hidden = self.imported.use(name, given, open_ended)
        for inner in hidden:  # what this use hides of the component, reported here (its insides stay home)
            inner.parent, inner.children, inner.path, inner.span = node, [], node.path, node.span
            inner.facts = {k: v for k, v in inner.facts.items() if k in ("text", "visible")}
            node.children.append(inner)
        if flow is None:
            return
        node.kind = "toggle"
        node.facts["checked"] = flow.checked
        if flow.disabled is not None:
            node.facts["disabled"] = flow.disabled
        # Its text is the component's elements' and what the use holds: their sizes are theirs, not the use's.
        node.facts.pop("font_size", None)
        node.facts.pop("size_unit", None)
        self.flows[id(node)] = flow
        for toggle in flow.more:  # reported at the use, each with its own state and label; its insides stay home
            toggle.parent, toggle.children, toggle.path, toggle.span = node, [], node.path, node.span
            toggle.facts = {k: v for k, v in toggle.facts.items() if k in ("checked", "label", "disabled", "visible")}
            node.children.append(toggle)

    def _settle_flows(self) -> None:
        """Each flowing use's label: the component's label of its toggle, then what the use itself holds
        (`<Agreement checked={agreed}><Text>我已阅读并同意…</Text></Agreement>` rendering `{children}`)."""
        for node in self.order:
            flow = self.flows.get(id(node))
            if flow is None:
                continue
            label = flow.label
            if label is None or not isinstance(label.value, str) or not label.value:
                # The component does not label it: what the use holds may, when the component renders it and
                # it is no other control's row (`<PayPanel><Label><Checkbox/>…</Label></PayPanel>`).
                own = node.facts.get("text")
                holds_toggle = any(n.kind == "toggle" for child in node.children for n in child.walk())
                label = own if flow.children and not holds_toggle else None
            if label is not None and isinstance(label.value, str) and label.value:
                node.facts["label"] = label
            elif flow.unknown_label or id(node) in self.unknown_own:
                self.unknown_labels.add(id(node))

    def _defines(self, use: Node, ts_node: TSNode) -> bool:
        """Whether `ts_node` is written in the definition of the component `use` renders."""
        function = self.local.get(self.expansions[id(use)])
        return function is not None and function.start_byte <= ts_node.start_byte < function.end_byte

    def _settle_uses(self, doc: Document) -> Callable[[Node], Span]:
        """Where findings on a component's elements are reported, as mini-program components are (graft.py).
        Fills `doc.twins`.

        A component the module renders itself is built alone (its props unknown) and again under each use, with
        the props that use passes. An element that comes out the same under a use as alone does not depend on the
        use: it is made inert there, and reported once, at the component. The others are reported at the
        outermost use that rendered them (`<PolicyLinks collapsed/>` hides what `<PolicyLinks/>` shows), with the
        element itself in the evidence."""
        under: dict[int, Node] = {}  # an element the component's definition renders -> the outermost use
        for node in self.order:  # parents before children
            use = self.rendered_by.get(id(node))
            if use is not None:
                under[id(node)] = under.get(id(use), use)
        alone: dict[int, set[tuple[Any, ...]]] = {}
        alone_nodes: dict[int, list[Node]] = {}
        for node in self.order:
            if id(node) not in under:
                alone.setdefault(self.starts[id(node)], set()).add(_signature(node))
                alone_nodes.setdefault(self.starts[id(node)], []).append(node)
        at: dict[int, Span] = {}
        for node in self.order:
            use = under.get(id(node))
            if use is None:
                continue
            if _signature(node) in alone.get(self.starts[id(node)], ()):
                node.kind = "other"  # what the component alone reports; its text stays for its row's labels
                node.facts = {k: v for k, v in node.facts.items() if k in ("text", "label")}
            else:
                at[id(node)] = use.span
                # It differs, but perhaps not in what a rule asks (a 10px text shown at the use, its visibility
                # unknown alone): the engine reports a finding the alone copy makes too only there.
                doc.twins[id(node)] = alone_nodes.get(self.starts[id(node)], [])
        return lambda node: at.get(id(node), node.span)


def _signature(node: Node) -> tuple[Any, ...]:
    return (node.kind, *(node.facts[name].value if name in node.facts else None for name in _COMPARED))

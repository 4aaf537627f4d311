"""What renders under a JSX element, and under which condition: its children, `{cond && <X/>}`, ternaries,
render helpers called in JSX (helpers.py), lists mapped over known data (maps.py), and the outermost JSX of the
functions a module defines, with whether the code returning it runs at first render (reached.py).

A mixin of `JsxBuilder` (jsx.py), which builds the elements found here; the attributes below are set by its
`__init__`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lint.finding import Evidence
from lint.frontends.cascade import Element
from lint.frontends.expr import UNKNOWN, Lookup, evaluate, to_display, truthy
from lint.frontends.taro.attrs import JsxAttributes, unparen
from lint.frontends.taro.components import parameter_names, shadowed
from lint.frontends.taro.helpers import MAX_CALLS, arguments_lookup, called, holds_jsx
from lint.frontends.taro.maps import MAX_DEPTH, MAX_RENDERED, mapped
from lint.frontends.taro.reached import Test, both, reached_children
from lint.model import Fact, Node

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

ELEMENTS = ("jsx_element", "jsx_self_closing_element")
_FUNCTION_TYPES = frozenset({"arrow_function", "function_expression", "function", "function_declaration",
                             "generator_function_declaration", "method_definition"})
_LITERAL_TEXT = frozenset({"string", "template_string", "number"})


@dataclass(slots=True)
class State:
    chain: tuple[Element, ...]
    visible: Fact
    font_size: Fact
    uncertain: bool
    #: What `transform`/`zoom` on the element and its ancestors multiply its text's size by (None: nothing).
    scale: Fact | None = None


#: JSX waiting to be built: (element, parent node, parent's state, condition that renders it, what it reads; None
#: for outermost JSX, which reads its component's state).
Pending = tuple["TSNode", Node | None, State, Fact, Lookup | None]


class JsxExpressions(JsxAttributes):
    """Finding the JSX to build for `JsxBuilder`; the attributes below are set by its `__init__`."""

    lookup_for: Callable[[TSNode], Lookup] | None
    module_lookup: Lookup
    #: Where the module's JSX elements start (helpers.jsx_starts): the root search skips code without any.
    jsx_starts: list[int] | None
    #: The function `_roots` is searching in, and per function what its conditions read (`_component_test`).
    searching: TSNode | None
    function_lookups: dict[int, Lookup]
    #: Render helpers the module calls in JSX, and how many calls of each were built in place.
    helpers: dict[str, TSNode]
    calls: dict[str, int]
    #: List items rendered one by one so far (maps.py): bounded per module.
    rendered: int
    #: The expressions each node shows, and the conditions that render parts of the source (start, end, cond).
    shows: dict[int, list[TSNode]]
    guards: list[tuple[int, int, TSNode]]
    unknown_own: set[int]
    unknown_labels: set[int]
    #: The messages a node's own text shows through translations (i18n.py), by node.
    text_notes: dict[int, list[Evidence]]

    def _roots(self, top: TSNode, test: Test, skip: frozenset[tuple[int, int]] | set[tuple[int, int]] = frozenset(),
               ) -> list[tuple[TSNode, Fact]]:
        """The outermost JSX under `top` (nested JSX is reached through its parent), each with whether the code
        returning it runs at first render (reached.py); not inside the functions `skip` spans."""
        found: list[tuple[TSNode, Fact]] = []
        # Each with the innermost function around it, which the conditions below it read (`_component_test`).
        search: list[tuple[TSNode, Fact, TSNode | None]] = [(top, Fact(True), None)]
        while search:
            candidate, reached, function = search.pop()
            if candidate.type in ELEMENTS:
                found.append((candidate, reached))
                continue
            if skip and (candidate.start_byte, candidate.end_byte) in skip and candidate is not top:
                continue
            if self.jsx_starts is not None and not holds_jsx(candidate, self.jsx_starts):
                continue  # no JSX below: nothing to build, and no condition there to evaluate
            inner = candidate if candidate.type in _FUNCTION_TYPES else function
            self.searching = inner
            search.extend((child, fact, inner) for child, fact in
                          reversed(reached_children(candidate, reached, test, self._note, self.shown)))
        return found

    def _call(self, expr: TSNode, node: Node, state: State, condition: Fact, found: list[Pending]) -> bool:
        """`{renderFooter()}`, `{this.renderTerms(true)}`: the helper's JSX built here, under `node` and its
        condition, its parameters the arguments passed (helpers.py). False when `expr` calls no such helper."""
        name = called(expr, self.src, self.helpers)
        if name is None or self.calls.get(name, 0) >= MAX_CALLS:
            return False
        self.calls[name] = self.calls.get(name, 0) + 1
        function = self.helpers[name]
        body = function.child_by_field_name("body")
        if body is None:
            return False
        base = self.lookup_for(function) if self.lookup_for is not None else self.module_lookup
        at_call = self.lookup

        def bound(inner: TSNode) -> Lookup:
            return arguments_lookup(function, expr, self.src, at_call, shadowed(parameter_names(inner, None), base),
                                    self.shown)

        for jsx, reached in self._roots(body, self._test_with(bound(body))):
            found.append((jsx, node, state, both(condition, reached), bound(jsx)))
        self.lookup = at_call
        return True

    def _test_with(self, lookup: Lookup) -> Test:
        """`_test` reading with `lookup` (a use's props, a list item)."""
        def test(cond: TSNode, negate: bool) -> Fact:
            self.lookup = lookup
            return self._test(cond, negate)

        return test

    def _component_test(self, cond: TSNode, negate: bool) -> Fact:
        """`_test` with the state of the component the condition is written in, less what the parameters of the
        functions around it bind (`renderLegal(showLinks) { if (!showLinks) return null … }`). The function is
        the one `_roots` is searching (tree-sitter finds a node's parent by walking down from the root: asking
        for each condition of a 3,000-link `else if` chain would be quadratic)."""
        function = self.searching
        if function is None:
            self.lookup = self.module_lookup
            return self._test(cond, negate)
        lookup = self.function_lookups.get(function.id)
        if lookup is None:  # once per function
            inside = function.child_by_field_name("body") or function
            base = self.lookup_for(inside) if self.lookup_for is not None else self.module_lookup
            lookup = self.function_lookups[function.id] = shadowed(parameter_names(inside, None), base)
        self.lookup = lookup
        return self._test(cond, negate)

    def _children(self, ts_node: TSNode, node: Node, state: State, condition: Fact | None = None) -> list[Pending]:
        """The JSX to build under `node`: `condition` renders them (a transparent fragment's), else always."""
        found: list[Pending] = []
        rendered = condition if condition is not None else Fact(True)
        if rendered.value is False:
            return [(child, node, state, rendered, self.lookup) for child in ts_node.named_children
                    if child.type in ELEMENTS]  # built hidden, their texts not shown in the row
        found.extend((element, node, state, rendered, self.lookup) for element in attribute_elements(ts_node))
        for child in ts_node.named_children:
            if child.type == "jsx_text":
                self.parts[id(node)].append((child.start_byte, self._text(child)))
            elif child.type in ELEMENTS:
                found.append((child, node, state, rendered, self.lookup))
            elif child.type == "jsx_expression" and child.named_children:
                inner = [c for c in child.named_children if c.type != "comment"]
                if inner:
                    self.shows.setdefault(id(node), []).append(inner[0])
                    self._expression(inner[0], node, state, rendered, found)
        return found

    def _expression(self, expr: TSNode, node: Node, state: State, condition: Fact, found: list[Pending],
                    depth: int = 0) -> None:
        """`{cond && <X/>}`, `{cond ? <A/> : <B/>}`, `{'text'}`, `{list.map(...)}`.

        A worklist, not recursion: a hostile file may chain thousands of `a ? (b ? ...)`.
        Branches are taken in source order (consequence before alternative).
        """
        pending = [(expr, condition)]
        while pending:
            current, guard = pending.pop()
            pending.extend(reversed(self._branches(unparen(current), node, state, guard, found, depth)))

    def _branches(self, expr: TSNode, node: Node, state: State, condition: Fact, found: list[Pending],
                  depth: int) -> list[tuple[TSNode, Fact]]:
        """One step of `_expression`: the sub-expressions still to visit, each with its condition."""
        if expr.type in ELEMENTS:
            found.append((expr, node, state, condition, self.lookup))
            return []
        operator = expr.child_by_field_name("operator") if expr.type == "binary_expression" else None
        if operator is not None and self._text(operator) in ("&&", "||"):
            left, right = expr.child_by_field_name("left"), expr.child_by_field_name("right")
            # Conditional rendering, unless the right side is a literal: a value (`{title || '默认标题'}` shows
            # `title` when it is set), evaluated whole below.
            if left is not None and right is not None and unparen(right).type not in _LITERAL_TEXT:
                self.guards.append((right.start_byte, right.end_byte, left))
                return [(right, both(condition, self._test(left, self._text(operator) == "||")))]
        if expr.type == "ternary_expression":
            cond = expr.child_by_field_name("condition")
            branches = []
            for branch, negate in (("consequence", False), ("alternative", True)):
                target = expr.child_by_field_name(branch)
                if cond is not None and target is not None:
                    self.guards.append((target.start_byte, target.end_byte, cond))
                    branches.append((target, both(condition, self._test(cond, negate))))
            return branches
        literal = ("string", "template_string", "identifier", "member_expression")
        if condition.value is not False and expr.type in literal:
            value, _ = evaluate(expr, self.src, self.lookup)
            if isinstance(value, str | int | float) and not isinstance(value, bool):
                self.parts[id(node)].append((expr.start_byte, to_display(value)))
            elif value is UNKNOWN:
                self._unknown_text(node)  # `<Checkbox>{label}</Checkbox>`, `<Text>{userName}</Text>`
            return []
        if expr.type == "call_expression" and self.helpers and self._call(expr, node, state, condition, found):
            return []
        if expr.type == "call_expression" and depth < MAX_DEPTH and self.rendered < MAX_RENDERED:
            items = mapped(expr, self.src, self.lookup, self.shown)
            if items is not None:  # `LIST.map(item => <X/>)` over a known list: each item renders (maps.py)
                body, lookups = items
                self.rendered += len(lookups)
                outer = self.lookup
                for item_lookup in lookups:
                    self.lookup = item_lookup
                    if body.type == "statement_block":  # `if (!link.visible) return null; return <X/>`
                        for jsx, reached in self._roots(body, self._test_with(item_lookup)):
                            found.append((jsx, node, state, both(condition, reached), item_lookup))
                    else:
                        self._expression(body, node, state, condition, found, depth + 1)
                self.lookup = outer
                return []
        inside = _jsx_inside(expr)
        for inner in inside:  # a list rendered with map(): items exist only at run time, the callback's names unknown
            found.append((inner, node, state, Fact(None), shadowed(parameter_names(inner, expr), self.lookup)))
        if not inside and condition.value is not False:
            value, evidence = evaluate(expr, self.src, self.lookup)  # `{'同意' + APP}`, `{t('reg.agree')}`, `{a ?? b}`
            if isinstance(value, str | int | float) and not isinstance(value, bool):
                self.parts[id(node)].append((expr.start_byte, to_display(value)))
                if evidence and expr.type == "call_expression":  # `{t('login.agree')}`: the message it shows
                    from lint.frontends.i18n import translations

                    self.text_notes.setdefault(id(node), []).extend(translations(evidence))
            elif value is UNKNOWN:
                self._unknown_text(node)
        return []

    def _unknown_text(self, node: Node) -> None:
        """The node shows text that cannot be known: a toggle's own label is unknown, and a text with nothing
        else in it is unknown to the label search (`<Text>{t('remember')}</Text>` labels its row's box, not
        the next row's text)."""
        self.unknown_own.add(id(node))
        if node.kind == "toggle":
            self.unknown_labels.add(id(node))

    def _test(self, cond: TSNode, negate: bool) -> Fact:
        value, evidence = evaluate(cond, self.src, self.lookup)
        result = truthy(value)
        if result is UNKNOWN:
            return Fact(None)
        shown = (not result) if negate else bool(result)
        note = f"{{{self._note(cond)}}} is {to_display(bool(result))}"
        return Fact(shown, (Evidence(self.shown, cond.start_point[0] + 1, note), *evidence))


def attribute_elements(ts_node: TSNode) -> list[TSNode]:
    """JSX written as an attribute's value, which the component renders in its own place: NutUI's `<Cell
    title='个性化广告推荐' extra={<Switch defaultChecked/>}/>`, an `icon={<Icon/>}`."""
    tag = ts_node if ts_node.type == "jsx_self_closing_element" else ts_node.child_by_field_name("open_tag")
    found = []
    for attr in tag.named_children if tag is not None else ():
        if attr.type != "jsx_attribute" or attr.named_child_count < 2:
            continue
        value = attr.named_children[-1]
        if value.type == "jsx_expression":
            inner = [c for c in value.named_children if c.type != "comment"]
            if len(inner) == 1 and unparen(inner[0]).type in ELEMENTS:
                found.append(unparen(inner[0]))
        elif value.type in ELEMENTS:
            found.append(value)
    return found


def _jsx_inside(expr: TSNode) -> list[TSNode]:
    found, stack = [], [expr]
    while stack:
        node = stack.pop()
        if node.type in ELEMENTS:
            found.append(node)
            continue
        stack.extend(reversed(node.named_children))
    return found

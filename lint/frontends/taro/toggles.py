"""Hand-drawn checkboxes in Taro JSX: a tapped element that flips a boolean its own look depends on.

The JSX twin of `lint/frontends/mini/toggles.py`. Login pages draw the agreement box themselves:

    const [agreed, setAgreed] = useState(true)
    <View onClick={() => setAgreed(!agreed)}><Text>{agreed ? '☑️' : '⬜'}</Text></View>

A tap handler that negates a piece of state (`setX(!x)`, `setX(v => !v)`, `this.setState({x: !this.state.x})`,
directly or through a named function of the module) plus an element whose look reads that state (its
`className`/`src`/`style`/icon props, the text it shows, or a condition that renders it) make a toggle,
checked as the state starts, when the indicator draws a box (`lint/frontends/checkmark.py`: not an accordion's
arrow or a "show more" paragraph). The tapped element is the toggle when it holds the indicator; when only a
sibling does, the indicator is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from lint.finding import Evidence
from lint.frontends.checkmark import looks_checkable, polarity
from lint.frontends.expr import UNKNOWN, Lookup, truthy
from lint.frontends.mini.toggles import inside_toggle
from lint.model import Fact, Node

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

#: Props through which an element's look follows the state (icon components draw with `name`/`type`/`color`).
LOOK = ("className", "class", "src", "style", "name", "type", "color", "value")
_TAPS = ("onClick", "onTap")
_DEPTH = 4
_FUNCTIONS = ("arrow_function", "function_expression", "function")
_HANDLER_HOPS = 2  # `onClick={() => toggle()}` → `toggle` → its body: two calls deep at most


class Handlers:
    """The module's state setters and named functions, read once per file."""

    def __init__(self, root: TSNode, src: bytes) -> None:
        self.src = src
        self.setters: dict[str, str] = {}  # setAgreed -> agreed
        self.functions: dict[str, TSNode] = {}  # toggle / this.toggle -> its function node
        stack = [root]
        while stack:
            node = stack.pop()
            kind = node.type
            if kind == "variable_declarator":
                name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
                if name is not None and name.type == "array_pattern" and len(name.named_children) > 1:
                    self.setters[self._text(name.named_children[1])] = self._text(name.named_children[0])
                elif name is not None and value is not None and value.type in _FUNCTIONS:
                    self.functions[self._text(name)] = value
            elif kind in ("function_declaration", "method_definition"):
                name = node.child_by_field_name("name")
                if name is not None:
                    self.functions.setdefault(self._text(name), node)
                    self.functions.setdefault(f"this.{self._text(name)}", node)
            elif kind in ("public_field_definition", "field_definition"):
                name = node.child_by_field_name("name") or node.child_by_field_name("property")
                value = node.child_by_field_name("value")
                if name is not None and value is not None and value.type in _FUNCTIONS:
                    self.functions[f"this.{self._text(name)}"] = value
            stack.extend(node.named_children)

    def _text(self, node: TSNode) -> str:
        return self.src[node.start_byte : node.end_byte].decode("utf-8", "replace")

    def flips(self, handler: TSNode | None) -> set[str]:
        """The state paths a tap handler (an `onClick` value) negates: `agreed`, `this.state.agreed`."""
        if handler is None:
            return set()
        if handler.type == "jsx_expression":
            inner = [c for c in handler.named_children if c.type != "comment"]
            if not inner:
                return set()
            handler = inner[0]
        found: set[str] = set()
        self._flips(handler, found, _HANDLER_HOPS)
        return found

    def _flips(self, expr: TSNode, found: set[str], hops: int) -> None:
        named = self.functions.get(self._text(expr)) if expr.type in ("identifier", "member_expression") else None
        if named is not None:
            expr = named
        stack = [expr]
        while stack:
            node = stack.pop()
            if node.type == "call_expression":
                self._call(node, found, hops)
            stack.extend(node.named_children)

    def _call(self, call: TSNode, found: set[str], hops: int) -> None:
        fn, args = call.child_by_field_name("function"), call.child_by_field_name("arguments")
        if fn is None or args is None:
            return
        callee = self._text(fn)
        first = next((a for a in args.named_children if a.type != "comment"), None)
        state = self.setters.get(callee)
        if state is not None and first is not None and self._negates(first, state):
            found.add(state)
        elif callee == "this.setState" and first is not None and first.type == "object":
            for pair in first.named_children:
                key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
                if pair.type == "pair" and key is not None and value is not None:
                    name = self._text(key).strip("'\"")
                    if self._negates(value, f"this.state.{name}") or self._negates(value, name):
                        found.add(f"this.state.{name}")
        elif hops > 0 and callee in self.functions:
            self._flips(self.functions[callee], found, hops - 1)

    def _negates(self, value: TSNode, state: str) -> bool:
        """`!agreed`, `agreed ? false : true`, or `prev => !prev`."""
        if value.type in ("arrow_function", "function_expression"):
            params = value.child_by_field_name("parameters") or value.child_by_field_name("parameter")
            body = value.child_by_field_name("body")
            if params is None or body is None:
                return False
            names = [self._text(p) for p in (params.named_children if params.type == "formal_parameters"
                                             else [params])]
            return len(names) == 1 and self._negates(body, names[0])
        while value.type == "parenthesized_expression" and value.named_children:
            value = value.named_children[0]
        if value.type == "ternary_expression":  # `agree ? false : true`, `!agree ? true : false`
            cond = value.child_by_field_name("condition")
            yes, no = value.child_by_field_name("consequence"), value.child_by_field_name("alternative")
            if cond is None or yes is None or no is None or {yes.type, no.type} != {"true", "false"}:
                return False
            if yes.type == "true":
                return self._negates(cond, state)
            while cond.type == "parenthesized_expression" and cond.named_children:
                cond = cond.named_children[0]
            return self._text(cond).replace(" ", "") == state
        if value.type != "unary_expression" or self._text(value)[:1] != "!":
            return False
        argument = value.child_by_field_name("argument")
        return argument is not None and self._text(argument).replace(" ", "") == state


def reads(expr: TSNode, state: str, src: bytes) -> bool:
    """Whether the expression reads `state`: `agreed`, or `this.state.agreed` (also as a destructured `agreed`).
    A property name (`styles.agreed`) is a `property_identifier` in the grammar, so it does not count."""
    local = state.rsplit(".", 1)[-1].encode()
    whole = state.encode()
    stack = [expr]
    while stack:
        node = stack.pop()
        kind = node.type
        if kind in ("identifier", "shorthand_property_identifier") and src[node.start_byte : node.end_byte] == local:
            return True
        if kind == "member_expression" and src[node.start_byte : node.end_byte].replace(b" ", b"") == whole:
            return True
        if kind not in ("string", "comment"):
            stack.extend(node.named_children)
    return False


def find_custom_toggles(order: Iterable[Node], handlers: Handlers, attrs_of: Mapping[int, dict[str, TSNode | None]],
                        looks: Callable[[Node, str], str | None], lookup: Callable[[Node], Lookup],
                        shown: str, drawn: Callable[[Node], list[str]]) -> None:
    """Marks the hand-drawn toggles among `order` (see the module doc). `looks(node, state)` says through which
    prop, text or condition a node's look reads `state`, as evidence, else None."""
    made: set[tuple[int, str]] = set()
    for node in order:
        attrs = attrs_of.get(id(node), {})
        tap = next((name for name in _TAPS if name in attrs), None)
        if tap is None or node.kind == "toggle" or any(n.kind == "toggle" for n in node.walk()) \
                or inside_toggle(node):
            continue
        for state in sorted(handlers.flips(attrs[tap])):
            found = _indicator(node, state, looks)
            target = node
            if found is None and node.parent is not None:
                for sibling in node.parent.children:
                    if sibling is not node and (found := _indicator(sibling, state, looks)) is not None:
                        target = found[0]
                        break
            if found is None or (id(target.parent), state) in made or not looks_checkable(drawn(found[0])):
                continue  # an accordion's arrow, a "show more" paragraph, a chip: not a box
            made.add((id(target.parent), state))
            value, evidence = lookup(target)(state)
            checked = truthy(value)
            target.kind = "toggle"
            target.facts.pop("label", None)
            flip = Evidence(shown, node.span.line, f"{tap} flips {state}")
            look = Evidence(shown, found[0].span.line, found[1])
            ticked_when = polarity(found[1], state, " ".join(drawn(found[0])))  # which look is the tick
            target.facts["checked"] = Fact(None) if checked is UNKNOWN or ticked_when is None else \
                Fact(bool(checked) == ticked_when, (look, flip, *evidence))
            break


def _indicator(root: Node, state: str, looks: Callable[[Node, str], str | None]) -> tuple[Node, str] | None:
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        note = looks(node, state)
        if note is not None:
            return node, note
        if depth < _DEPTH:
            stack.extend((child, depth + 1) for child in reversed(node.children))
    return None

"""Lifecycle hooks that run before the first render: their synchronous `this.setData({...})` calls.

`onLoad`/`onShow`/`created`/`attached`/`ready` (and `lifetimes`/`pageLifetimes`) run before the
user sees the page, in the runtime's order. Their `this.setData` calls apply to the initial data,
but only up to the first `await`, and not inside callbacks (`wx.request({success})`, `.then()`):
those run after the first render. Values read from `this.data` (through `const that = this` or
`const { agreed } = this.data`) resolve against the data as it stands at that point. A page's own
method the hook calls (`this.loadData()`) runs there too, up to its first `await`.

What a hook (or a method it calls) writes later, in a callback or after an `await`, is what the page
shows moments after loading: a skeleton's `loading` flag, a setting's saved value. Those keys end
unknown (as uni-app's and Taro's do), not as the initial data says: the box or link the user meets is
not known to be the first render's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lint.finding import Evidence
from lint.frontends.expr import UNKNOWN, Valued, evaluate, to_display
from lint.frontends.mini.jsnodes import Member, callee, first_object_arg, members, text, unwrap

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

    from lint.frontends.mini.script import Data

#: Lifecycle hooks that run before the first render is shown, in the order the runtime calls them.
LIFECYCLE = ("created", "onInit", "attached", "onLoad", "onShow", "ready", "didMount")


def _this_aliases(body: TSNode, src: bytes) -> tuple[set[str], dict[str, str]]:
    """`const that = this` aliases, and names destructured from data (`const { agreed } = this.data`)."""
    aliases = {"this"}
    picked: dict[str, str] = {}
    for statement in body.named_children:
        if statement.type in ("lexical_declaration", "variable_declaration"):
            for declarator in statement.named_children:
                value = declarator.child_by_field_name("value")
                name = declarator.child_by_field_name("name")
                if value is None or name is None:
                    continue
                if value.type == "this":
                    aliases.add(text(name, src))
                elif name.type == "object_pattern" and text(value, src) in {f"{a}.data" for a in aliases}:
                    for part in name.named_children:
                        if part.type == "shorthand_property_identifier_pattern":
                            picked[text(part, src)] = text(part, src)
    return aliases, picked


def _awaits(statement: TSNode) -> bool:
    """Whether the statement awaits outside nested functions: what follows runs after the first render."""
    stack = [statement]
    while stack:
        node = stack.pop()
        if node.type == "await_expression":
            return True
        if node.type not in ("function_expression", "arrow_function", "function_declaration", "function"):
            stack.extend(node.named_children)
    return False


def _set_data_calls(node: TSNode, src: bytes, aliases: set[str]) -> list[TSNode]:
    """setData calls in a statement, not descending into nested functions (they run later)."""
    found, stack = [], [node]
    while stack:
        current = stack.pop()
        if current.type in ("function_expression", "arrow_function", "function_declaration", "function"):
            continue
        if current.type == "call_expression":
            name = callee(current, src)
            if name.endswith(".setData") and name.rsplit(".", 1)[0] in aliases:
                found.append(current)
        stack.extend(current.named_children)
    return found


#: How deep a hook's calls to the page's own methods are followed (`onLoad` → `init` → `loadData`).
_MAX_CALL_DEPTH = 2


def _own_calls(statement: TSNode, src: bytes, aliases: set[str], methods: dict[str, TSNode]) -> list[str]:
    """The page's methods a statement calls directly (`this.loadData()`, `await that.init()`), in order."""
    found: list[str] = []
    stack = [statement]
    while stack:
        current = stack.pop()
        if current.type in _FUNCTIONS:
            continue
        if current.type == "call_expression":
            base, _, name = callee(current, src).rpartition(".")
            if base in aliases and name in methods:
                found.append(name)
        stack.extend(reversed(current.named_children))
    return found


def _plain_call(statement: TSNode) -> bool:
    """`this.init()` or `await this.init()` as a statement of its own: the call runs, unconditionally."""
    if statement.type != "expression_statement" or not statement.named_children:
        return False
    expression = statement.named_children[0]
    if expression.type == "await_expression" and expression.named_children:
        expression = expression.named_children[0]
    return expression.type == "call_expression"


def _later_keys(node: TSNode, src: bytes, nested_only: bool) -> list[str]:
    """Keys `setData` writes in `node`: inside its callbacks only, or (after an `await`) anywhere."""
    keys: list[str] = []
    stack = [(node, not nested_only)]
    while stack:
        current, counted = stack.pop()
        if current.type in _FUNCTIONS:
            counted = True
        elif counted and current.type == "call_expression" and callee(current, src).endswith(".setData"):
            arg = first_object_arg(current)
            if arg is not None:
                keys.extend(key for key, _, _ in members(arg, src))
        stack.extend((child, counted) for child in current.named_children)
    return keys


_FUNCTIONS = frozenset({"function_expression", "arrow_function", "function_declaration", "function"})


class _Run:
    """One page's hooks being applied: its methods, what they write later, and the methods being run."""

    __slots__ = ("data", "later", "methods", "running", "shown", "src")

    def __init__(self, src: bytes, shown: str, data: Data, methods: dict[str, TSNode]) -> None:
        self.src, self.shown, self.data, self.methods = src, shown, data, methods
        self.later: dict[str, None] = {}
        self.running: list[str] = []


def _apply_lifecycle(hook: str, body: TSNode, run: _Run) -> None:
    src, shown, data = run.src, run.shown, run.data
    aliases, picked = _this_aliases(body, src)
    run.running.append(hook)

    def lookup(path: str) -> Valued:
        for alias in aliases:
            if path.startswith(f"{alias}.data."):
                return data.lookup(path[len(alias) + 6 :])
        head, dot, rest = path.partition(".")
        if head in picked:
            return data.lookup(picked[head] + dot + rest)
        return UNKNOWN, ()

    statements = body.named_children
    for at, statement in enumerate(statements):
        direct = statement.type == "expression_statement" and statement.named_children and \
            statement.named_children[0].type == "call_expression"
        # A statement without the bytes `setData` (or `await`) has no such call (or await): skip its walk.
        chunk = src[statement.start_byte : statement.end_byte]
        if len(run.running) <= _MAX_CALL_DEPTH and b"(" in chunk and run.methods:
            called = _own_calls(statement, src, aliases, run.methods)
            for name in called:
                if len(called) == 1 and _plain_call(statement) and name not in run.running:
                    _apply_lifecycle(name, run.methods[name], run)
                else:  # called under a condition or inside an expression: what it writes is not known
                    run.later.update(dict.fromkeys(_later_keys(run.methods[name], src, nested_only=False)))
        if b"setData" in chunk:
            run.later.update(dict.fromkeys(_later_keys(statement, src, nested_only=True)))
        for call in _set_data_calls(statement, src, aliases) if b"setData" in chunk else ():
            arg = first_object_arg(call)
            if arg is None:
                continue
            for key, value, _ in members(arg, src):
                value = unwrap(value)
                result = evaluate(value, src, lookup)[0] if direct else UNKNOWN
                line = value.start_point[0] + 1
                note = f"this.setData({{{key}: {to_display(result)}}}) in {hook}"
                data.set(key, result, Evidence(shown, line, note) if result is not UNKNOWN else None)
        if b"await" in chunk and _awaits(statement):
            # Everything after an await runs after the first render: what it writes (and what the methods it
            # calls write) is not the first render's.
            for rest in statements[at + 1 :]:
                tail = src[rest.start_byte : rest.end_byte]
                if b"setData" in tail:
                    run.later.update(dict.fromkeys(_later_keys(rest, src, nested_only=False)))
                for name in _own_calls(rest, src, aliases, run.methods) if b"(" in tail else ():
                    run.later.update(dict.fromkeys(_later_keys(run.methods[name], src, nested_only=False)))
            break
    run.running.pop()


def _lifecycle_bodies(options: TSNode, src: bytes, listed: list[Member] | None,
                     methods: dict[str, TSNode]) -> dict[str, TSNode]:
    """The hooks' bodies by hook; `methods` gets the other methods' (a page's own, a component's `methods`)."""
    bodies: dict[str, TSNode] = {}
    for name, value, _ in members(options, src) if listed is None else listed:
        if name == "methods" and value.type == "object":
            methods.update((inner, body) for inner, body, _ in members(value, src) if body.type == "statement_block")
        elif value.type == "statement_block" and name not in LIFECYCLE:
            methods[name] = value
        if name in ("lifetimes", "pageLifetimes") and value.type == "object":
            for inner, body, _ in members(value, src):
                hook = "onShow" if inner == "show" else inner
                if body.type == "statement_block":
                    bodies[hook] = body
        elif name in LIFECYCLE and value.type == "statement_block":
            bodies.setdefault(name, value)
    return bodies


def apply_lifecycles(options: TSNode, src: bytes, shown: str, data: Data, listed: list[Member] | None = None) -> None:
    methods: dict[str, TSNode] = {}
    bodies = _lifecycle_bodies(options, src, listed, methods)
    run = _Run(src, shown, data, methods)
    for hook in LIFECYCLE:
        if hook in bodies:
            _apply_lifecycle(hook, bodies[hook], run)
    for key in run.later:
        data.set(key, UNKNOWN, None)

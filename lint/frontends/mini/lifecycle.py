"""Lifecycle hooks that run before the first render: their synchronous `this.setData({...})` calls.

`onLoad`/`onShow`/`created`/`attached`/`ready` (and `lifetimes`/`pageLifetimes`) run before the
user sees the page, in the runtime's order. Their `this.setData` calls apply to the initial data,
but only up to the first `await`, and not inside callbacks (`wx.request({success})`, `.then()`):
those run after the first render. Values read from `this.data` (through `const that = this` or
`const { agreed } = this.data`) resolve against the data as it stands at that point.
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


def _apply_lifecycle(hook: str, body: TSNode, src: bytes, shown: str, data: Data) -> None:
    aliases, picked = _this_aliases(body, src)

    def lookup(path: str) -> Valued:
        for alias in aliases:
            if path.startswith(f"{alias}.data."):
                return data.lookup(path[len(alias) + 6 :])
        head, dot, rest = path.partition(".")
        if head in picked:
            return data.lookup(picked[head] + dot + rest)
        return UNKNOWN, ()

    for statement in body.named_children:
        direct = statement.type == "expression_statement" and statement.named_children and \
            statement.named_children[0].type == "call_expression"
        # A statement without the bytes `setData` (or `await`) has no such call (or await): skip its walk.
        chunk = src[statement.start_byte : statement.end_byte]
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
            return  # everything after an await runs after the first render


def _lifecycle_bodies(options: TSNode, src: bytes, listed: list[Member] | None = None) -> dict[str, TSNode]:
    bodies: dict[str, TSNode] = {}
    for name, value, _ in members(options, src) if listed is None else listed:
        if name in ("lifetimes", "pageLifetimes") and value.type == "object":
            for inner, body, _ in members(value, src):
                hook = "onShow" if inner == "show" else inner
                if body.type == "statement_block":
                    bodies[hook] = body
        elif name in LIFECYCLE and value.type == "statement_block":
            bodies.setdefault(name, value)
    return bodies


def apply_lifecycles(options: TSNode, src: bytes, shown: str, data: Data, listed: list[Member] | None = None) -> None:
    bodies = _lifecycle_bodies(options, src, listed)
    for hook in LIFECYCLE:
        if hook in bodies:
            _apply_lifecycle(hook, bodies[hook], src, shown, data)

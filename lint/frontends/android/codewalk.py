"""Reads one Java or Kotlin file for the writes that change a view before the user acts.

Lifecycle code (`onCreate`, `onCreateView`, `onViewCreated`, `onStart`, `onResume`, Kotlin `init`) and the
same-file helpers it calls run before the first frame the user can act on. A write there is *definite* when
it runs on every path with a literal value (`isVisible = true`, `setChecked(true)`), and *conditional*
otherwise (inside `if`/`when`/loops/ternaries, an observer or coroutine, or with a computed value): a
conditional write makes the fact unknown. Writes inside click/change listeners run only after the user
acts, so they do not change the first render and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tree_sitter import Node

#: Lifecycle entry points, in the order they run.
PHASES = {"init": 0, "onCreate": 0, "onPostCreate": 1, "onCreateView": 1, "onFinishInflate": 1,
          "onViewCreated": 2, "onActivityCreated": 2, "onStart": 3, "onResume": 4}
_BRANCHES = {"if_statement", "if_expression", "when_expression", "switch_expression", "switch_block",
             "ternary_expression", "conditional_expression", "for_statement", "enhanced_for_statement",
             "while_statement", "do_statement", "for_expression", "while_expression", "do_while_expression",
             "elvis_expression", "catch_clause", "catch_block"}
_LAMBDAS = {"lambda_literal", "lambda_expression", "anonymous_function", "object_literal", "class_body"}
_INLINE_SCOPES = {"with", "apply", "run", "let", "also", "requireNotNull", "checkNotNull"}
_LISTENER = re.compile(r"^(?:set|add)On\w*Listener$|^doOn\w+|^doAfter\w+|^doBefore\w+|Listener$|Callback$|Watcher$")
_PROPERTIES = {"visibility", "isVisible", "isGone", "isInvisible", "isChecked", "isSelected"}
_SETTERS = {"setVisibility", "setChecked", "setSelected", "setImageResource", "inflate"}
_CONSTANT = re.compile(r"^(?:android\.view\.)?(?:View\.)?(VISIBLE|GONE|INVISIBLE)$")
_DRAWABLE = re.compile(r"^R\.drawable\.(\w+)$")
_FUNCTIONS = {"method_declaration", "function_declaration", "anonymous_initializer"}
_MAX_DEPTH = 4


@dataclass(frozen=True, slots=True)
class Write:
    receiver: str  # the source text of the view expression
    fact: str  # visible | checked | selected | image
    value: bool | str | None  # None: computed, not a literal
    conditional: bool
    phase: int
    line: int
    source: str  # the statement, shortened, for evidence
    method: str


def _name(node: Node) -> str:
    named = node.child_by_field_name("name")
    if named is None:
        if node.type == "anonymous_initializer":
            return "init"
        named = next((c for c in node.children if c.type in ("identifier", "simple_identifier")), None)
    return named.text.decode("utf-8", "replace") if named is not None and named.text is not None else ""


def _text(node: Node | None) -> str:
    return node.text.decode("utf-8", "replace") if node is not None and node.text is not None else ""


def functions(root: Node) -> dict[str, list[Node]]:
    found: dict[str, list[Node]] = {}
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type in _FUNCTIONS:
            found.setdefault(_name(node), []).append(node)
        stack.extend(node.children)
    return found


def _callee(call: Node) -> tuple[Node | None, str]:
    """(receiver, method name) of a Java method_invocation or a Kotlin call_expression."""
    if call.type == "method_invocation":
        return call.child_by_field_name("object"), _text(call.child_by_field_name("name"))
    target = call.children[0] if call.children else None
    if target is None:
        return None, ""
    if target.type == "call_expression":  # `with(binding) { ... }`: the lambda belongs to `with`
        return _callee(target)
    if target.type == "navigation_expression":
        parts = [c for c in target.children if c.is_named]
        return (parts[0] if len(parts) > 1 else None), _text(parts[-1])
    return None, _text(target)


def _enclosing_call(node: Node) -> str:
    parent = node.parent
    while parent is not None and parent.type in ("annotated_lambda", "value_argument", "value_arguments",
                                                  "argument_list", "call_suffix", "object_creation_expression"):
        if parent.type == "object_creation_expression":
            return _text(parent.child_by_field_name("type")).rsplit(".", 1)[-1]
        parent = parent.parent
    if parent is not None and parent.type in ("call_expression", "method_invocation"):
        return _callee(parent)[1]
    return ""


def _value(fact: str, prop: str, raw: str) -> tuple[str, bool | str | None]:
    raw = raw.strip()
    if fact == "visible":
        if prop in ("isVisible", "isGone", "isInvisible"):
            literal = {"true": True, "false": False}.get(raw)
            return fact, None if literal is None else (literal if prop == "isVisible" else not literal)
        constant = _CONSTANT.match(raw)
        if constant:
            return fact, constant.group(1) == "VISIBLE"
        return fact, {"0": True, "4": False, "8": False}.get(raw)
    if fact == "image":
        drawable = _DRAWABLE.match(raw)
        return fact, drawable.group(1) if drawable else None
    return fact, {"true": True, "false": False}.get(raw)


_FACT_OF = {"visibility": "visible", "isVisible": "visible", "isGone": "visible", "isInvisible": "visible",
            "setVisibility": "visible", "isChecked": "checked", "setChecked": "checked", "isSelected": "selected",
            "setSelected": "selected", "setImageResource": "image", "inflate": "visible"}


class Walker:
    def __init__(self, root: Node) -> None:
        self.functions = functions(root)
        self.writes: list[Write] = []
        self.listened: list[str] = []  # receivers of click listeners: views the user can tap

    def run(self) -> list[Write]:
        for name, phase in PHASES.items():
            for function in self.functions.get(name, []):
                self._walk(function, phase, name, False, 0, {id(function)})
        return self.writes

    def _walk(self, function: Node, phase: int, method: str, conditional: bool, depth: int, seen: set[int]) -> None:
        body = function.child_by_field_name("body") or next(
            (c for c in function.children if c.type in ("function_body", "block")), None)
        if body is None:
            return
        stack: list[tuple[Node, bool]] = [(body, conditional)]
        while stack:
            node, cond = stack.pop()
            kind = node.type
            if kind in _LAMBDAS or (kind == "object_creation_expression" and node.child_by_field_name("body")):
                caller = _enclosing_call(node)
                if _LISTENER.search(caller):
                    self._listener(node)
                    continue
                cond = cond or caller not in _INLINE_SCOPES
            elif kind in _BRANCHES:
                cond = True
            elif kind == "assignment":
                self._assignment(node, cond, phase, method)
            elif kind in ("method_invocation", "call_expression"):
                self._call(node, cond, phase, method, depth, seen)
            stack.extend((child, cond) for child in reversed(node.children) if child.is_named)

    def _listener(self, node: Node) -> None:
        parent = node.parent
        while parent is not None and parent.type not in ("call_expression", "method_invocation"):
            parent = parent.parent
        if parent is not None:
            receiver, _ = _callee(parent)
            if receiver is not None:
                self.listened.append(_text(receiver))

    def _assignment(self, node: Node, cond: bool, phase: int, method: str) -> None:
        left = node.child_by_field_name("left") or (node.children[0] if node.children else None)
        right = node.child_by_field_name("right") or (node.children[-1] if node.children else None)
        if left is None or right is None or left.type != "navigation_expression":
            return
        parts = [c for c in left.children if c.is_named]
        prop = _text(parts[-1])
        if prop not in _PROPERTIES or len(parts) < 2:
            return
        fact, value = _value(_FACT_OF[prop], prop, _text(right))
        self._add(_text(parts[0]), fact, value, cond, phase, node, method)

    def _call(self, node: Node, cond: bool, phase: int, method: str, depth: int, seen: set[int]) -> None:
        receiver, name = _callee(node)
        if name in _SETTERS and receiver is not None:
            if name == "inflate":
                if "stub" in _text(receiver).lower():
                    self._add(_text(receiver), "visible", True, cond, phase, node, method)
                return
            args = node.child_by_field_name("arguments") or next(
                (c for c in node.children if c.type in ("value_arguments", "call_suffix", "argument_list")), None)
            values = [c for c in (args.children if args is not None else []) if c.is_named]
            if len(values) == 1:
                fact, value = _value(_FACT_OF[name], name, _text(values[0]))
                self._add(_text(receiver), fact, value, cond, phase, node, method)
            return
        if receiver is None or _text(receiver) == "this":
            for helper in self.functions.get(name, []):
                if id(helper) not in seen and depth < _MAX_DEPTH and name not in PHASES:
                    self._walk(helper, phase, method, cond, depth + 1, seen | {id(helper)})

    def _add(self, receiver: str, fact: str, value: bool | str | None, cond: bool, phase: int, node: Node,
             method: str) -> None:
        source = " ".join(_text(node).split())
        source = source if len(source) <= 80 else source[:79] + "…"
        self.writes.append(Write(receiver, fact, value, cond, phase, node.start_point[0] + 1, source, method))

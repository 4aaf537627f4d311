"""Vue event handlers, for the mini-program frontend's hand-drawn-toggle and link detection.

A tap handler that negates a boolean marks the tapped group as a custom checkbox. Vue writes it
inline (`@tap="agreed = !agreed"`) or as a method (`this.agreed = !this.agreed` in `methods`,
`agreed.value = !agreed.value` in `<script setup>`); both are read from the syntax tree.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from lint.frontends.mini.handlers import Handler

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode


def _path(node: TSNode, src: bytes) -> str:
    written = src[node.start_byte : node.end_byte].decode("utf-8", "replace")
    head = written.split(".", 1)[0].strip()
    if head != "this" and head in _this_aliases(src):
        written = "this" + written[len(head) :].lstrip()  # `_this.showAgree` with `_this = this` in mounted()
    return _normal(written)


_THIS_ALIAS = re.compile(rb"\b([A-Za-z_$][\w$]*)\s*=\s*this\s*[;,\n)]")


@functools.lru_cache(maxsize=64)
def _this_aliases(src: bytes) -> frozenset[str]:
    """Names the script sets to `this` (`var _this; mounted() { _this = this }`, `const that = this`): older uni-app
    templates flip their state through them."""
    if b"this" not in src:
        return frozenset()
    return frozenset(name.decode("utf-8", "replace") for name in _THIS_ALIAS.findall(src))


def _normal(written: str) -> str:
    """A state path as written (`this.agreed`, `this.state.agreed`, `agreed.value`) -> `agreed`."""
    text = written.replace(" ", "")
    text = text.removeprefix("this.").removeprefix("state.") if text.startswith("this.") else text
    return text.removesuffix(".value")


_EMITS = frozenset({"emit", "$emit", "this.$emit", "ctx.emit", "context.emit"})


def _emitted_negation(node: TSNode, src: bytes) -> str | None:
    """`emit('update:modelValue', !props.modelValue)` / `this.$emit('change', !this.checked)`:
    a component that reports its own negated state flips it through the parent's `v-model`."""
    fn, args = node.child_by_field_name("function"), node.child_by_field_name("arguments")
    if fn is None or args is None or src[fn.start_byte : fn.end_byte].decode("utf-8", "replace") not in _EMITS:
        return None
    for arg in args.named_children[1:]:
        argument = arg.child_by_field_name("argument") if arg.type == "unary_expression" else None
        if argument is not None and src[arg.start_byte : arg.start_byte + 1] == b"!":
            path = _path(argument, src)
            return path.removeprefix("props.")
    return None


def sets_in(root: TSNode, src: bytes, params: tuple[str, ...] = ()) -> tuple[tuple[str, bool | int], ...]:
    """Paths assigned a boolean literal (`agreed = true`), or a parameter (`isAgree.value = flag`: the index
    of `flag` in `params`, for a call that passes a literal) under ``root``; a path assigned twice is left out."""
    found: dict[str, bool | int] = {}
    twice: set[str] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "assignment_expression":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is not None and right is not None:
                value: bool | int | None = None
                if right.type in ("true", "false"):
                    value = right.type == "true"
                elif right.type == "identifier" and src[right.start_byte : right.end_byte].decode() in params:
                    value = params.index(src[right.start_byte : right.end_byte].decode())
                elif right.type == "ternary_expression" and params:
                    value = _param_or_flip(right, _path(left, src), src, params)
                if value is not None:
                    path = _path(left, src)
                    if path in found:
                        twice.add(path)
                    found[path] = value
        stack.extend(node.named_children)
    return tuple((path, value) for path, value in found.items() if path not in twice)


def _param_or_flip(value: TSNode, path: str, src: bytes, params: tuple[str, ...]) -> int | None:
    """`isAgree.value = typeof flag === 'object' ? !isAgree.value : flag` (one handler for `@click="toggle"`, which
    passes the event, and `@click="toggle(true)"`): called with a literal it sets the parameter; the index of it."""
    branches = [value.child_by_field_name("consequence"), value.child_by_field_name("alternative")]
    if any(branch is None for branch in branches):
        return None
    named = [src[b.start_byte : b.end_byte].decode() for b in branches if b is not None and b.type == "identifier"]
    flips = [b for b in branches if b is not None and negation_of(b, src) == path]
    if len(named) == 1 and named[0] in params and len(flips) == 1:
        return params.index(named[0])
    return None


def negation_of(value: TSNode, src: bytes) -> str | None:
    """The path a value negates: `!x`, `x ? false : true`, `!x ? true : false` (parenthesised or not)."""
    while value.type == "parenthesized_expression" and value.named_children:
        value = value.named_children[0]
    if value.type == "unary_expression" and src[value.start_byte : value.start_byte + 1] == b"!":
        argument = value.child_by_field_name("argument")
        return _path(argument, src) if argument is not None else None
    if value.type == "ternary_expression":
        cond = value.child_by_field_name("condition")
        yes, no = value.child_by_field_name("consequence"), value.child_by_field_name("alternative")
        if cond is None or yes is None or no is None or {yes.type, no.type} != {"true", "false"}:
            return None
        negated = negation_of(cond, src)
        if negated is not None:  # `!x ? true : false`
            return negated if yes.type == "true" else None
        return _path(cond, src) if yes.type == "false" else None
    return None


_CONDITIONS = frozenset({"if_statement", "ternary_expression"})


def flips_in(root: TSNode, src: bytes) -> frozenset[str]:
    """Paths assigned (or emitted as) their own negation anywhere under ``root`` (`x = !x`, `x = x ? false :
    true`), or given both `true` and `false` under a condition that reads them (`if (x == false) x = true;
    else x = false`, what a WeChat handler's setData does the same way)."""
    found: set[str] = set()
    literals: dict[str, set[str]] = {}
    read: set[str] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "call_expression" and (emitted := _emitted_negation(node, src)) is not None:
            found.add(emitted)
        if node.type == "assignment_expression":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is not None and right is not None:
                if negation_of(right, src) == _path(left, src):
                    found.add(_path(left, src))
                elif right.type in ("true", "false"):
                    literals.setdefault(_path(left, src), set()).add(right.type)
        elif node.type in _CONDITIONS:
            condition = node.child_by_field_name("condition")
            if condition is not None:
                read.update(_condition_paths(condition, src))
        stack.extend(node.named_children)
    found.update(path for path, values in literals.items() if len(values) == 2 and path in read)
    return frozenset(found)


def _condition_paths(condition: TSNode, src: bytes) -> set[str]:
    """The paths a condition reads (`this.is_agree == false` -> is_agree)."""
    paths: set[str] = set()
    stack = [condition]
    while stack:
        node = stack.pop()
        if node.type in ("identifier", "member_expression"):
            paths.add(_path(node, src))
            if node.type == "identifier":
                continue
        stack.extend(node.named_children)
    return paths


def script_handlers(tree_root: TSNode, src: bytes) -> dict[str, Handler]:
    """Named functions anywhere in a script block (methods, `function f()`, `const f = () =>`)."""
    found: dict[str, Handler] = {}
    stack = [tree_root]
    while stack:
        node = stack.pop()
        name_node = None
        body = None
        if node.type in ("method_definition", "function_declaration"):
            name_node, body = node.child_by_field_name("name"), node.child_by_field_name("body")
        elif node.type in ("variable_declarator", "pair"):
            value = node.child_by_field_name("value")
            if value is not None and value.type in ("arrow_function", "function_expression", "function"):
                name_node = node.child_by_field_name("name") or node.child_by_field_name("key")
                body = value.child_by_field_name("body")
        if name_node is not None and body is not None:
            name = src[name_node.start_byte : name_node.end_byte].decode("utf-8", "replace")
            flips = flips_in(body, src)
            function = body.parent
            params = function.child_by_field_name("parameters") if function is not None else None
            names = tuple(src[p.start_byte : p.end_byte].decode("utf-8", "replace")
                          for p in map(_parameter, params.named_children if params is not None else ())
                          if p.type == "identifier")
            sets = sets_in(body, src, names)
            if flips or sets:
                found[name] = Handler(name, node.start_point[0] + 1, flips, sets=sets)
        stack.extend(node.named_children)
    return found


def _parameter(node: TSNode) -> TSNode:
    """A parameter's name: TypeScript wraps it with its type (`(flag: boolean)` is a `required_parameter`)."""
    if node.type in ("required_parameter", "optional_parameter"):
        return node.child_by_field_name("pattern") or node
    return node


def inline_handler(expression: str, line: int) -> Handler | None:
    """`@tap="agreed = !agreed"`: an inline statement that flips a boolean."""
    from lint.frontends.ts import parser

    src = expression.encode()
    tree = parser("javascript").parse(src)
    flips = flips_in(tree.root_node, src)
    sets = tuple((path, value) for path, value in sets_in(tree.root_node, src) if isinstance(value, bool))
    return Handler(expression.strip(), line, flips, sets=sets) if flips or sets else None


def passed(handler: Handler, call: str) -> Handler:
    """`toggleAgree(true)` for a method whose `sets` name a parameter (`isAgree.value = flag`): the
    handler with the literal arguments in their places; other arguments leave those paths out."""
    if not any(not isinstance(value, bool) for _, value in handler.sets):
        return handler
    args: list[str] = []
    inside = call.split("(", 1)[1].rsplit(")", 1)[0] if "(" in call else ""
    for arg in inside.split(",") if inside.strip() else ():
        args.append(arg.strip())
    sets: list[tuple[str, bool | int]] = []
    flips = set(handler.flips)
    for path, value in handler.sets:
        given = value if isinstance(value, bool) else args[value] if value < len(args) else None
        literal = {"true": True, "false": False}.get(given) if isinstance(given, str) else given
        if literal is not None:
            sets.append((path, literal))
        elif isinstance(given, str) and given.startswith("!") and _normal(given[1:].strip()) == path:
            flips.add(path)  # `setSms(!sms)` for a method doing `this.sms = v`
    return replace(handler, sets=tuple(sets), flips=frozenset(flips))

"""Small helpers over tree-sitter JavaScript/TypeScript nodes shared by the script readers."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

#: Function-valued pairs (`onLoad: function () {}`, `tap: () => {}`) hold their body here.
_FUNCTIONS = ("function_expression", "function", "arrow_function", "generator_function")


def text(node: TSNode, src: bytes) -> str:
    return src[node.start_byte : node.end_byte].decode("utf-8", "replace")


def key_name(key: TSNode, src: bytes) -> str | None:
    """A property key as a string: `a`, `'a'`, `"form.agreed"`, `['form.agreed']`; None if computed."""
    if key.type == "computed_property_name":
        inner = key.named_children[0] if key.named_children else None
        if inner is None or inner.type not in ("string", "template_string"):
            return None
        if inner.type == "template_string" and any(c.type == "template_substitution" for c in inner.named_children):
            return None
        return text(inner, src)[1:-1]
    if key.type == "string":
        return text(key, src)[1:-1]
    return text(key, src)


#: (name, value-or-body, member) of an object literal; the options readers share one list of them.
Member = tuple[str, "TSNode", "TSNode"]


def members(obj: TSNode, src: bytes) -> Iterator[Member]:
    """(name, value-or-body, member) for every pair and method of an object literal.

    For methods and function-valued pairs the second item is the function's body block.
    """
    for child in obj.named_children:
        if child.type == "pair":
            key, value = child.child_by_field_name("key"), child.child_by_field_name("value")
            if key is None or value is None:
                continue
            name = key_name(key, src)
            if name is None:
                continue
            if value.type in _FUNCTIONS:
                body = value.child_by_field_name("body")
                if body is not None:
                    yield name, body, child
                continue
            yield name, value, child
        elif child.type == "method_definition":
            key, body = child.child_by_field_name("name"), child.child_by_field_name("body")
            if key is not None and body is not None:
                name = key_name(key, src)
                if name is not None:
                    yield name, body, child
        elif child.type == "shorthand_property_identifier":
            yield text(child, src), child, child


def walk(node: TSNode) -> Iterator[TSNode]:
    """Pre-order over a subtree's named nodes, iterative. A tree cursor moves in C; asking each node
    for its `named_children` would build a list of Python objects per node."""
    cursor = node.walk()
    while True:
        current = cursor.node
        if current is not None and current.is_named:
            yield current
        if cursor.goto_first_child():
            continue
        while not cursor.goto_next_sibling():
            if not cursor.goto_parent():
                return


def call_nodes(node: TSNode) -> list[TSNode]:
    """Every `call_expression` in a subtree, in pre-order (what filtering `walk` gives). A query finds
    them in C; it needs the node's grammar, recognised by its kind id (unrecognised: walk instead)."""
    query = _call_query(node.type, node.is_named, node.kind_id)
    if query is None:
        return [n for n in walk(node) if n.type == "call_expression"]
    from tree_sitter import QueryCursor

    found = QueryCursor(query).captures(node).get("call", [])
    return sorted(found, key=lambda n: (n.start_byte, -n.end_byte))


@functools.cache
def _call_query(kind: str, named: bool, kind_id: int) -> Any:
    """The call query of the one script grammar whose id for `kind` is `kind_id`; None unless exactly one."""
    from tree_sitter import Query

    from lint.frontends.ts import parser

    languages = [parser(name).language for name in ("javascript", "typescript", "tsx")]
    matching = [lang for lang in languages if lang is not None and lang.id_for_node_kind(kind, named) == kind_id]
    return Query(matching[0], "(call_expression) @call") if len(matching) == 1 else None


def unwrap(node: TSNode) -> TSNode:
    """`(x)`, `x as T`, `x!`, `<T>x` → x."""
    while node.type in ("parenthesized_expression", "as_expression", "satisfies_expression",
                        "non_null_expression", "type_assertion") and node.named_children:
        # `<T>x` writes its type first: the expression is its last child (the others' first).
        node = node.named_children[-1 if node.type == "type_assertion" else 0]
    return node


def returned(fn: TSNode) -> TSNode | None:
    """The one expression a function gives: an arrow's expression body (`() => plan === 'month'`), or a body that is
    only `return <expr>`; None when it computes anything else first."""
    body = fn.child_by_field_name("body")
    if body is None or body.type != "statement_block":
        return body
    statements = [c for c in body.named_children if c.type != "comment"]
    if len(statements) != 1 or statements[0].type != "return_statement" or len(statements[0].named_children) != 1:
        return None
    return statements[0].named_children[0]


def callee(call: TSNode, src: bytes) -> str:
    """`wx.navigateTo` / `this.setData` / `Page` for a call expression (empty when computed)."""
    fn = call.child_by_field_name("function")
    return text(fn, src) if fn is not None and fn.type in ("identifier", "member_expression") else ""


def first_object_arg(call: TSNode) -> TSNode | None:
    args = call.child_by_field_name("arguments")
    if args is None or not args.named_children:
        return None
    first = unwrap(args.named_children[0])
    return first if first.type == "object" else None

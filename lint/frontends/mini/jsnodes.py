"""Small helpers over tree-sitter JavaScript/TypeScript nodes shared by the script readers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

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


def members(obj: TSNode, src: bytes) -> Iterator[tuple[str, TSNode, TSNode]]:
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
    """Pre-order over a subtree, iterative."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.named_children))


def unwrap(node: TSNode) -> TSNode:
    """`(x)`, `x as T`, `x!`, `<T>x` → x."""
    while node.type in ("parenthesized_expression", "as_expression", "satisfies_expression",
                        "non_null_expression", "type_assertion") and node.named_children:
        node = node.named_children[0]
    return node


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

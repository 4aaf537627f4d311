"""State a store binding owns: `mobx-miniprogram-bindings` and the like.

`this.storeBindings = createStoreBindings(this, { store, fields: ['personalized'] })` in `onLoad`, or a
component's `behaviors: [storeBindingsBehavior]` with `storeBindings: { fields: {...} }`, copies the store's
fields into the page's data before it is shown. The store is shared, persisted and changed elsewhere: those keys
are unknown at first render, whatever placeholder `data` gives them (a `personalized: true` placeholder is not
what the user meets, and neither is `false`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lint.frontends.expr import UNKNOWN
from lint.frontends.mini.jsnodes import callee, key_name, members, text, unwrap

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

    from lint.frontends.mini.script import Data

#: What a script must contain for a binding to be looked for (most scripts have none: no walk).
MARKERS = (b"createStoreBindings", b"storeBindings", b"createStoreBinding")


def store_fields(root: TSNode, src: bytes) -> set[str]:
    """The data keys store bindings in this script fill: `fields` of `createStoreBindings(this, {...})` calls and
    of `storeBindings: {...}` options (an array of names, or an object whose keys are the names)."""
    found: set[str] = set()
    constants = _constants(root, src)
    stack = [root]
    while stack:
        node = stack.pop()
        options: TSNode | None = None
        if node.type == "call_expression" and callee(node, src).rsplit(".", 1)[-1].startswith("createStoreBinding"):
            args = node.child_by_field_name("arguments")
            listed = [unwrap(a) for a in args.named_children] if args is not None else []
            options = next((a for a in listed if a.type == "object"), None)
        elif node.type == "pair":
            key = node.child_by_field_name("key")
            value = node.child_by_field_name("value")
            if key is not None and value is not None and key_name(key, src) == "storeBindings":
                options = unwrap(value)
        # `storeBindings: [{store, fields: [...]}, {store: settings, fields: {...}}]`: one per store.
        if options is not None:
            for one in options.named_children if options.type == "array" else [options]:
                one = unwrap(one)
                if one.type == "object":
                    found |= _fields(one, src, constants)
        stack.extend(node.named_children)
    return found


def _constants(root: TSNode, src: bytes) -> dict[str, TSNode]:
    """Top-level `const FIELDS = [...]` the bindings may name (`fields: FIELDS`)."""
    found: dict[str, TSNode] = {}
    for statement in root.named_children:
        if statement.type != "lexical_declaration":
            continue
        for declarator in statement.named_children:
            name, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
            if name is not None and value is not None and name.type == "identifier":
                found[text(name, src)] = unwrap(value)
    return found


def _fields(options: TSNode, src: bytes, constants: dict[str, TSNode]) -> set[str]:
    names: set[str] = set()
    for name, value, _ in members(options, src):
        if name != "fields":
            continue
        value = unwrap(value)
        if value.type == "identifier":
            value = constants.get(text(value, src), value)
        if value.type == "array":
            names |= {text(item, src)[1:-1] for item in value.named_children if item.type == "string"}
        elif value.type == "object":
            names |= {key for key, _, _ in members(value, src)}
    return names


def unbind(data: Data, keys: set[str]) -> None:
    for key in keys:
        data.set(key, UNKNOWN, None)

"""Lazily loaded tree-sitter parsers (each grammar costs a few ms on first use only)."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tree_sitter import Node, Parser

_GRAMMARS = {
    "html": ("tree_sitter_html", "language"),
    "css": ("tree_sitter_css", "language"),
    "javascript": ("tree_sitter_javascript", "language"),
    "typescript": ("tree_sitter_typescript", "language_typescript"),
    "tsx": ("tree_sitter_typescript", "language_tsx"),
    "java": ("tree_sitter_java", "language"),
    "kotlin": ("tree_sitter_kotlin", "language"),
}


@functools.cache
def parser(name: str) -> Parser:
    from tree_sitter import Language, Parser

    module, func = _GRAMMARS[name]
    language = Language(getattr(importlib.import_module(module), func)())
    return Parser(language)


@functools.cache
def kinds(grammar: str, name: str) -> frozenset[int]:
    """A grammar's ids of a named node kind: compared instead of `.type`, which builds a string per call."""
    language = parser(grammar).language
    if language is None:
        return frozenset()
    return frozenset(i for i in range(language.node_kind_count)
                     if language.node_kind_is_named(i) and language.node_kind_for_id(i) == name)


def first_error(root: Node) -> Node | None:
    """The first ERROR or MISSING node in document order, or None (iterative)."""
    if not root.has_error:
        return None
    cursor = [root]
    while cursor:
        node = cursor.pop()
        if node.is_error or node.is_missing:
            return node
        cursor.extend(reversed([c for c in node.children if c.has_error or c.is_missing]))
    return root


def keep_recent(cache: dict[Any, Any], key: Any, tree: Any, size: Callable[[Any], int], most: int,
                total: int) -> None:
    """Keeps a parsed tree by its source (`key`) among the `most` recent, whose sources hold at most `total`
    bytes in all (a tree costs ~10x its source); one above an eighth of that is not kept. Trees are never
    edited, so one can serve every build of the same bytes."""
    new = size(key)
    if new > total // 8:
        return
    held = sum(map(size, cache))
    while cache and (len(cache) >= most or held + new > total):
        oldest = next(iter(cache))
        held -= size(oldest)
        del cache[oldest]
    cache[key] = tree

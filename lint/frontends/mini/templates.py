"""WXML templates: `<template name="x">` definitions rendered where `<template is="x" data="{{...}}">` uses them.

A definition is not rendered where it is written; each use renders it with the data the use passes, and only
that data (a name the use does not pass is undefined, not the page's). Definitions come from the using file
itself and from the files it `<import>`s (imports are not transitive). The data is the inside of an object
literal: `{{agreed: true}}`, `{{agreed}}` (shorthand), `{{...item}}` (spread; later members win).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from lint.finding import Evidence
from lint.frontends.expr import UNDEFINED, UNKNOWN, Valued, parse_expression
from lint.frontends.mini.values import Binder
from lint.source import SourceError, read_source

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

_PATH = re.compile(r"^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$")
_IMPORT = re.compile(rb"""<import\s[^>]*?\bsrc\s*=\s*["']([^"'{}]+)["']""")


def defines(data: bytes, name: str) -> bool:
    """Whether a template file's bytes may hold `<template name="name">` (a superset: the build decides)."""
    return re.search(rb"<template\s[^>]*?\bname\s*=\s*[\"']" + re.escape(name.encode()) + rb"[\"']", data) is not None


def imports(data: bytes) -> list[str]:
    """The `src` of every `<import>` in a template's bytes, in order."""
    return [m.group(1).decode("utf-8", "replace").strip() for m in _IMPORT.finditer(data)]


def find_definition(name: str, template: Path, data: bytes,
                    resolve: Callable[[str, Path], Path | None]) -> tuple[Path, bytes] | None:
    """The file defining template `name` for a use in `template`: the file itself, else its imports in order."""
    if defines(data, name):
        return template, data
    for src in imports(data):
        target = resolve(src, template)
        if target is None:
            continue
        try:
            imported = read_source(target).data
        except SourceError:
            continue
        if defines(imported, name):
            return target, imported
    return None


def data_binder(raw: str | None, outer: Binder, where: Evidence) -> Binder:
    """The binder a template instance renders with: only what `data` passes, evaluated in the using page;
    every value it gives names the use (`where`) first."""
    members = _members(raw)
    if members is None:
        return Binder(lambda path: (UNKNOWN, ()))  # not an object literal we can read: every name unknown

    def lookup(path: str) -> Valued:
        value, evidence = _lookup(path)
        return value, ((where, *evidence) if value is not UNKNOWN else ())

    def _lookup(path: str) -> Valued:
        head, _, rest = path.partition(".")
        for kind, key, expression in reversed(members):
            if kind == "pair" and key == head:
                if not rest:
                    return outer.expression(expression)
                return outer.expression(f"{expression}.{rest}") if _PATH.match(expression) else (UNKNOWN, ())
            if kind == "spread":
                if not _PATH.match(expression):
                    return UNKNOWN, ()
                value, evidence = outer.expression(f"{expression}.{path}")
                if value is not UNDEFINED:
                    return value, evidence
        return UNDEFINED, ()

    return Binder(lookup)


def _members(raw: str | None) -> list[tuple[str, str, str]] | None:
    """[("pair", key, expression) | ("spread", "", expression)] of `data="{{...}}"`; [] without data."""
    if raw is None or not raw.strip():
        return []
    text = raw.strip()
    if not (text.startswith("{{") and text.endswith("}}")) or text.count("{{") != 1:
        return None
    # Baidu writes the object's own braces inside the binding: `data="{{{agreed, title}}}"`.
    inner = text[3:-3] if text.startswith("{{{") and text.endswith("}}}") else text[2:-2]
    node, src = parse_expression("{" + inner + "}")
    while node is not None and node.type == "parenthesized_expression" and node.named_child_count == 1:
        node = node.named_children[0]
    if node is None or node.type != "object":
        return None
    found: list[tuple[str, str, str]] = []
    for member in node.named_children:
        if member.type == "pair":
            key, value = member.child_by_field_name("key"), member.child_by_field_name("value")
            if key is None or value is None:
                return None
            found.append(("pair", _key(key, src), _source(value, src)))
        elif member.type == "shorthand_property_identifier":
            name = _source(member, src)
            found.append(("pair", name, name))
        elif member.type == "spread_element" and member.named_child_count:
            found.append(("spread", "", _source(member.named_children[0], src)))
        elif member.type != "comment":
            return None
    return found


def _source(node: TSNode, src: bytes) -> str:
    return src[node.start_byte : node.end_byte].decode("utf-8", "replace")


def _key(node: TSNode, src: bytes) -> str:
    text = _source(node, src)
    return text[1:-1] if node.type == "string" else text

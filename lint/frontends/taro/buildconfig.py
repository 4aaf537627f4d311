"""What a Taro project's build configuration (`config/index.{js,ts}`) says about style sheets' sizes.

`designWidth` (a number, or a function returning the app's width and other widths for libraries' files), and
whether the mini-program build converts font sizes at all (`mini.postcss.pxtransform`: `enable: false`, or a
`propList` read as postcss-pxtorem reads it). Read with tree-sitter, never run.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING

from lint.source import SourceError, read_source

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

DEFAULT_DESIGN_WIDTH = 750


def _text(node: TSNode, src: bytes) -> str:
    return src[node.start_byte : node.end_byte].decode("utf-8", "replace")


@functools.lru_cache(maxsize=32)
def design_width(config: Path | None) -> int | None:
    """`designWidth: 750` in `config/index.{js,ts}` (absent: the default 750). A function (`designWidth(input) {
    if (file.includes('@nutui')) return 375; return 750 }`) gives the width its last `return` does when every
    other `return` is for a library's files (nutui, vant, node_modules…); else None: not known."""
    if config is None:
        return DEFAULT_DESIGN_WIDTH
    from lint.frontends.ts import parser

    try:
        src = read_source(config).data  # bounded by max-file-size, any encoding
    except SourceError:
        return DEFAULT_DESIGN_WIDTH
    stack = [parser("typescript").parse(src).root_node]
    while stack:
        node = stack.pop()
        if node.type == "method_definition":
            name = node.child_by_field_name("name")
            if name is not None and _text(name, src) == "designWidth":
                return _function_width(node, src)
        if node.type == "pair":
            key, value = node.child_by_field_name("key"), node.child_by_field_name("value")
            if key is not None and value is not None and _text(key, src).strip("'\"") == "designWidth":
                if value.type in ("arrow_function", "function_expression", "function"):
                    return _function_width(value, src)
                return _width(value, src) or DEFAULT_DESIGN_WIDTH
        stack.extend(node.named_children)
    return DEFAULT_DESIGN_WIDTH


@functools.lru_cache(maxsize=32)
def keeps_font_px(config: Path | None) -> bool | None:
    """Whether the mini-program build leaves style sheets' font sizes in CSS px: `mini.postcss.pxtransform` written
    `enable: false`, or a `propList` that leaves `font-size` out (`['*', '!font*']`, read as postcss-pxtorem reads
    it). False: converted as design px (Taro's default); None: a `propList` not written as a list of strings."""
    if config is None:
        return False
    from lint.frontends.ts import parser

    try:
        src = read_source(config).data
    except SourceError:
        return False
    if b"pxtransform" not in src:
        return False
    stack = [parser("typescript").parse(src).root_node]
    while stack:
        node = stack.pop()
        if node.type == "pair" and _key(node, src) == "mini":
            transform = _member(_member(node.child_by_field_name("value"), src, "postcss"), src, "pxtransform")
            if transform is None:
                return False
            enable = _member(transform, src, "enable")
            if enable is not None and enable.type == "false":
                return True
            props = _member(_member(transform, src, "config"), src, "propList")
            if props is None:
                return False
            items = [item for item in props.named_children if item.type != "comment"] if props.type == "array" else []
            if props.type != "array" or any(item.type != "string" for item in items):
                return None
            return not converts("font-size", [_text(item, src).strip("'\"`") for item in items])
        stack.extend(node.named_children)
    return False


def converts(prop: str, prop_list: list[str]) -> bool:
    """Whether postcss-pxtorem's `propList` (which Taro's pxtransform shares) converts `prop`: exact names, `*`,
    `font*` (starts), `*size` (ends), `*font*` (contains), each negated with `!`."""
    def matches(entry: str) -> bool:
        core = entry.strip("*")
        if entry == "*":
            return True
        if entry.startswith("*") and entry.endswith("*"):
            return core in prop
        if entry.endswith("*"):
            return prop.startswith(core)
        if entry.startswith("*"):
            return prop.endswith(core)
        return prop == entry

    wanted = [e for e in prop_list if not e.startswith("!")]
    refused = [e[1:] for e in prop_list if e.startswith("!")]
    return any(map(matches, wanted)) and not any(map(matches, refused))


def _key(pair: TSNode, src: bytes) -> str:
    key = pair.child_by_field_name("key")
    return _text(key, src).strip("'\"") if key is not None else ""


def _member(value: TSNode | None, src: bytes, name: str) -> TSNode | None:
    """The value written for `name` in an object literal, or None."""
    if value is None or value.type != "object":
        return None
    for pair in value.named_children:
        if pair.type == "pair" and _key(pair, src) == name:
            return pair.child_by_field_name("value")
    return None


def _width(value: TSNode, src: bytes) -> int | None:
    written = _text(value, src)
    # A width of 0 or one with thousands of digits is no screen.
    digits = value.type == "number" and written.isascii() and written.isdigit()
    return int(written) if digits and len(written) <= 5 and int(written) > 0 else None


#: What a condition tests when it picks a library's own files (their styles are written at another width).
_LIBRARY_FILE = re.compile(r"nutui|vant|taroify|node_modules|antmjs|taro-ui|@tarojs", re.I)


def _function_width(fn: TSNode, src: bytes) -> int | None:
    body = fn.child_by_field_name("body")
    if body is None:
        return None
    if body.type != "statement_block":
        return _width(body, src)  # `designWidth: () => 750`
    statements = [c for c in body.named_children if c.type != "comment"]
    last = statements[-1] if statements else None
    if last is None or last.type != "return_statement" or not last.named_children:
        return None
    for statement in statements[:-1]:
        if statement.type == "if_statement":
            condition = statement.child_by_field_name("condition")
            if condition is None or not _LIBRARY_FILE.search(_text(condition, src)):
                return None  # a branch for the app's own files: which width applies is not known
        elif b"return" in src[statement.start_byte : statement.end_byte]:
            return None
    return _width(last.named_children[0], src)

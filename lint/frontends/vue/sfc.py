"""A Vue single-file component split into its blocks, every block keeping its file offsets.

The HTML grammar reads the SFC (after the mini-program mask hides `{{ a < b }}`); each block is
then handed to its own parser as a *view* of the whole file in which every byte outside the
block is blanked (newlines kept). Lines and columns reported from a block are therefore the
file's own, with no offset arithmetic to get wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lint.frontends.mini.mask import parse_masked
from lint.textpos import LineIndex

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode


@dataclass(frozen=True, slots=True)
class Block:
    """One top-level `<template>`, `<script>` or `<style>`: body byte range and attributes."""

    tag: str
    start: int
    end: int
    attrs: dict[str, str | None]
    line: int

    @property
    def lang(self) -> str:
        return (self.attrs.get("lang") or "").strip().lower()


@dataclass(slots=True)
class SFC:
    data: bytes
    template: Block | None = None
    scripts: list[Block] = field(default_factory=list)
    styles: list[Block] = field(default_factory=list)
    #: (line, column, message) of the first structural problem (a block never closed).
    error: tuple[int, int, str] | None = None

    def view(self, block: Block) -> bytes:
        """The file with everything outside ``block``'s body blanked (same length)."""
        return blank_outside(self.data, block.start, block.end)


#: Every byte but a newline to a space (lines and offsets stay; a byte at a time in Python was ~1 µs per byte).
_BLANK = bytes(0x0A if b == 0x0A else 0x20 for b in range(256))


def blank_outside(data: bytes, start: int, end: int) -> bytes:
    return data[:start].translate(_BLANK) + data[start:end] + data[end:].translate(_BLANK)


def _attrs(start_tag: TSNode, data: bytes) -> dict[str, str | None]:
    attrs: dict[str, str | None] = {}
    for attr in start_tag.named_children:
        if attr.type != "attribute" or not attr.named_children:
            continue
        name = data[attr.named_children[0].start_byte : attr.named_children[0].end_byte].decode("utf-8", "replace")
        value: str | None = None
        if attr.named_child_count > 1:
            node = attr.named_children[1]
            inner = node.named_children[0] if node.type == "quoted_attribute_value" and node.named_children else node
            value = data[inner.start_byte : inner.end_byte].decode("utf-8", "replace")
            if node.type == "quoted_attribute_value" and not node.named_children:
                value = ""
        attrs[name.lower()] = value
    return attrs


_BLOCKS = ("template", "script", "style")
#: `<script src="./main.js" />`, `<style src="./a.css" />`: Vue's compiler takes a self-closed block with a `src`
#: (z-paging ships one); HTML has no self-closing script, so the grammar would read the rest of the file as its body.
#: Nothing is written inside one: blanked (lines and offsets kept).
_SELF_CLOSED = re.compile(rb"(?im)^[ \t]*<(?:script|style)\b[^<>]*/>")
_STRAY = frozenset({"start_tag", "end_tag", "erroneous_end_tag", "self_closing_tag"})


def _tag_name(start_tag: TSNode, data: bytes) -> str:
    name_node = start_tag.named_children[0]
    return data[name_node.start_byte : name_node.end_byte].decode("utf-8", "replace").lower()


def split(data: bytes, nvue: bool = False) -> SFC:
    """The SFC's blocks; a block that is not closed is reported (`SFC.error`) and still read, to
    the end of the file or to the next block, so whatever it holds is linted rather than lost."""

    from lint.frontends.vue.ifdef import active

    data = active(data, nvue)  # one platform's build (`#ifdef MP-WEIXIN`): alternatives overlap as written
    if b"/>" in data:
        data = _SELF_CLOSED.sub(lambda m: m.group(0).translate(_BLANK), data)
    sfc = SFC(data)
    tree = parse_masked(data)
    lines = LineIndex(data)

    def broken(node: TSNode, message: str) -> None:
        if sfc.error is None:
            sfc.error = (*lines.point(*node.start_point), message)

    pending = list(reversed(tree.root_node.children))
    while pending:
        node = pending.pop()
        if node.type == "ERROR":
            # An unterminated `<script>`/`<style>`: the grammar gives up on it as an ERROR node
            # holding its start tag and the rest of the file as raw text.
            start_tag = node.children[0] if node.children else None
            if start_tag is not None and start_tag.type == "start_tag" and start_tag.named_children \
                    and _tag_name(start_tag, data) in _BLOCKS:
                tag = _tag_name(start_tag, data)
                broken(node, f"<{tag}> is not closed")
                attrs = _attrs(start_tag, data)
                _add(sfc, Block(tag, start_tag.end_byte, node.end_byte, attrs, node.start_point[0] + 1))
            else:
                broken(node, "single-file component syntax error")
            continue
        if node.type in _STRAY:
            # Tags the grammar could not pair up at all, as when an unclosed `<template>` nests
            # thousands deep: no block can be recovered, but the file is not silently empty.
            broken(node, "single-file component syntax error: tags are not closed")
            continue
        if node.type not in ("element", "script_element", "style_element") or not node.children:
            continue
        start_tag = node.children[0]
        if start_tag.type != "start_tag" or not start_tag.named_children:
            continue
        tag = _tag_name(start_tag, data)
        end_tag = node.children[-1]
        body_end = end_tag.start_byte if end_tag.type == "end_tag" else node.end_byte
        if tag == "template" and end_tag.type != "end_tag":
            # `<template>` never closed swallows the blocks after it: they are still blocks.
            broken(node, "<template> is not closed")
            inner = [c for c in node.named_children if c.type in ("script_element", "style_element")]
            if inner:
                body_end = inner[0].start_byte
                pending.extend(reversed(inner))
        _add(sfc, Block(tag, start_tag.end_byte, body_end, _attrs(start_tag, data), node.start_point[0] + 1))
    return sfc


def _add(sfc: SFC, block: Block) -> None:
    if block.tag == "template" and sfc.template is None:
        sfc.template = block
    elif block.tag == "script":
        sfc.scripts.append(block)
    elif block.tag == "style":
        sfc.styles.append(block)

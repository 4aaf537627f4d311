"""A Vue single-file component split into its blocks, every block keeping its file offsets.

The HTML grammar reads the SFC (after the mini-program mask hides `{{ a < b }}`); each block is
then handed to its own parser as a *view* of the whole file in which every byte outside the
block is blanked (newlines kept). Lines and columns reported from a block are therefore the
file's own, with no offset arithmetic to get wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lint.frontends.mini.mask import mask


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
    error: tuple[int, int, str] | None = None

    def view(self, block: Block) -> bytes:
        """The file with everything outside ``block``'s body blanked (same length)."""
        return blank_outside(self.data, block.start, block.end)


def blank_outside(data: bytes, start: int, end: int) -> bytes:
    def blank(part: bytes) -> bytes:
        return bytes(b if b == 0x0A else 0x20 for b in part)

    return blank(data[:start]) + data[start:end] + blank(data[end:])


def _attrs(start_tag: object, data: bytes) -> dict[str, str | None]:
    attrs: dict[str, str | None] = {}
    for attr in start_tag.named_children:  # type: ignore[attr-defined]
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


def split(data: bytes) -> SFC:
    from lint.frontends.ts import parser

    sfc = SFC(data)
    tree = parser("html").parse(mask(data))
    for node in tree.root_node.named_children:
        if node.type not in ("element", "script_element", "style_element") or not node.children:
            continue
        start_tag = node.children[0]
        if start_tag.type != "start_tag" or not start_tag.named_children:
            continue
        name_node = start_tag.named_children[0]
        tag = data[name_node.start_byte : name_node.end_byte].decode("utf-8", "replace").lower()
        end_tag = node.children[-1]
        body_end = end_tag.start_byte if end_tag.type == "end_tag" else node.end_byte
        block = Block(tag, start_tag.end_byte, body_end, _attrs(start_tag, data), node.start_point[0] + 1)
        if tag == "template" and sfc.template is None:
            sfc.template = block
        elif tag == "script":
            sfc.scripts.append(block)
        elif tag == "style":
            sfc.styles.append(block)
    return sfc

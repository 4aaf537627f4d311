"""Offset-preserving masks that let the HTML grammar read WXML-family templates.

`{{ a < b && c }}` inside text and inline script blocks (`<wxs>`) are JavaScript, not markup, and a
bare `&` in text is a character, not a broken reference. They are blanked with same-length filler
before parsing, so every byte offset (and thus every reported line and column) stays exact;
expressions are later read from the original bytes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lint.frontends.mini.dialects import SCRIPT_TAGS

if TYPE_CHECKING:
    from tree_sitter import Tree

_TRANSLATE = bytes.maketrans(b"<>&\"'", b"     ")
#: An `&` that starts no character reference (`《用户协议》 & 《隐私政策》`): the runtimes and Vue show it as
#: written, but the HTML grammar reads it as a broken reference.
BARE_AMPERSAND = re.compile(rb"&(?![A-Za-z][A-Za-z0-9]{0,31};|#[0-9]{1,8};|#[xX][0-9A-Fa-f]{1,8};)")


def mask(data: bytes) -> bytes:
    out = bytearray(data)
    pos = data.find(b"{{")
    while pos != -1:
        end = data.find(b"}}", pos + 2)
        if end == -1:
            break
        out[pos + 2 : end] = data[pos + 2 : end].translate(_TRANSLATE)
        pos = data.find(b"{{", end + 2)
    for tag in SCRIPT_TAGS:
        _blank_bodies(data, out, tag)
    if b"&" in data:
        for found in BARE_AMPERSAND.finditer(data):
            out[found.start()] = 0x20
    return bytes(out)


#: Markup a `>` may close (comments, tags with their quoted attributes); any other `>` is text (`查看更多 >`).
_TAG_OR_GT = re.compile(rb"(<!--.*?-->|<[A-Za-z/!?](?:\"[^\"]*\"|'[^']*'|[^'\">])*>)|>", re.S)


#: Recent templates' trees by their bytes: a component is built again at every use site that passes it other
#: values (graft.py), and every page of a unit's process may use it. Trees are never edited, so sharing is safe.
_PARSED: dict[bytes, Tree] = {}
_PARSED_MAX = 64
#: And at most this many source bytes in all (a tree costs ~10x its source): a run over large generated pages
#: must not keep 64 of them.
_PARSED_BYTES = 2_000_000


def parse_masked(data: bytes) -> Tree:
    """The template's tree from its masked bytes. A bare `>` in text is text to the runtimes and to Vue
    (only `<` and `&` are special there), but the HTML grammar reads it as a stray tag end: when the first
    error starts at one, every `>` outside markup is blanked and the text parsed again. Clean files (nearly
    all) are parsed once."""
    from lint.frontends.ts import keep_recent

    tree = _PARSED.get(data)
    if tree is None:
        tree = _parse_masked(data)
        keep_recent(_PARSED, data, tree, len, _PARSED_MAX, _PARSED_BYTES)
    return tree


def _parse_masked(data: bytes) -> Tree:
    from lint.frontends.ts import first_error, parser

    masked = mask(data)
    tree = parser("html").parse(masked)
    broken = first_error(tree.root_node)
    if broken is not None and masked[broken.start_byte : broken.start_byte + 1] == b">":
        out = bytearray(masked)
        for found in _TAG_OR_GT.finditer(masked):
            if found.group(1) is None:
                out[found.start()] = 0x20
        tree = parser("html").parse(bytes(out))
    return tree


def _blank_bodies(data: bytes, out: bytearray, tag: bytes) -> None:
    opener, closer = b"<" + tag, b"</" + tag
    pos = data.find(opener)
    while pos != -1:
        after = pos + len(opener)
        if after < len(data) and data[after : after + 1] not in (b" ", b">", b"\n", b"\t", b"\r", b"/"):
            pos = data.find(opener, after)
            continue
        body = data.find(b">", after)
        if body == -1 or data[body - 1 : body] == b"/":
            pos = data.find(opener, after)
            continue
        end = data.find(closer, body)
        if end == -1:
            return
        # Keep newlines so line numbers after the block stay right.
        out[body + 1 : end] = bytes(b if b == 0x0A else 0x20 for b in data[body + 1 : end])
        pos = data.find(opener, end)

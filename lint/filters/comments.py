"""The comments of a source file, with exact positions, in that file's own comment syntax.

Suppression directives live in comments, so they must be read with the same parsers the
frontends use: a `<!--` inside a string or a `//` inside a URL is not a comment. Android XML
goes through lxml (comments keep their `sourceline`, the line where they *end*); every other
format goes through tree-sitter, whose `comment` nodes carry exact byte positions.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lint.frontends.mini.dialects import DIALECTS
from lint.textpos import LineIndex, utf16_len

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

_TEMPLATE_EXTS = frozenset(DIALECTS)
_STYLE_EXTS = frozenset({d.style for d in DIALECTS.values()} | {".css", ".scss", ".less"})
_SCRIPT_GRAMMARS = {".js": "javascript", ".mjs": "javascript", ".cjs": "javascript", ".jsx": "javascript",
                    ".ts": "typescript", ".mts": "typescript", ".tsx": "tsx"}
_VUE_EXTS = frozenset({".vue", ".nvue"})
#: The HTML grammar reports `<!-- -->` inside a quoted attribute value as a comment; it is text.
_OPAQUE = frozenset({"attribute", "quoted_attribute_value", "attribute_value"})


@dataclass(frozen=True, slots=True)
class Comment:
    """A comment's body (delimiters removed) and its 1-based span; columns in UTF-16 units."""

    body: str
    line: int
    column: int
    end_line: int
    end_column: int


def read_comments(path: Path, data: bytes) -> list[Comment]:
    """All comments of a file in document order; formats without comments (JSON) have none."""
    suffix = path.suffix.lower()
    if suffix == ".xml":
        return _xml_comments(data)
    if suffix in _TEMPLATE_EXTS:
        from lint.frontends.mini.mask import mask

        return _tree_sitter_comments(mask(data), "html", LineIndex(data))
    if suffix in _VUE_EXTS:
        return _vue_comments(data)
    if suffix in _STYLE_EXTS:
        return _tree_sitter_comments(data, "css", LineIndex(data))
    grammar = _SCRIPT_GRAMMARS.get(suffix)
    if grammar is not None:
        return _tree_sitter_comments(data, grammar, LineIndex(data))
    return []


def strip_delimiters(raw: str) -> str:
    """`<!-- x -->`, `// x`, `/* x */` (with ` * ` continuation lines) to `x`."""
    text = raw.strip()
    for opener, closer in (("<!--", "-->"), ("/*", "*/"), ("//", "")):
        if text.startswith(opener):
            text = text[len(opener):]
            if closer and text.endswith(closer):
                text = text[: -len(closer)]
            break
    lines = [line.strip().removeprefix("*").strip() for line in text.splitlines()]
    return " ".join(line for line in lines if line)


def _xml_comments(data: bytes) -> list[Comment]:
    from lxml import etree

    from lint.frontends import xmlsafe

    root, _error = xmlsafe.parse(data)
    if root is None:
        # A broken layout still gets its directives read (one may silence its parse-error):
        # the HTML grammar recovers from errors and knows `<!-- -->` the same way.
        return _tree_sitter_comments(data, "html", LineIndex(data))
    before = list(root.itersiblings(preceding=True))[::-1]
    nodes = [*before, *root.iter(etree.Comment), *root.itersiblings()]
    lines = data.decode("utf-8", "replace").splitlines()
    comments: list[Comment] = []
    for node in nodes:
        line: object = node.sourceline  # the stubs type a comment's sourceline oddly
        if isinstance(node, etree._Comment) and isinstance(line, int):
            comments.append(_locate_xml_comment(str(node.text or ""), line, lines))
    return comments


def _locate_xml_comment(text: str, end_line: int, lines: list[str]) -> Comment:
    """lxml gives the line a comment ends on and no columns; find `<!--` on its first line."""
    body_lines = text.split("\n")
    line = max(end_line - (len(body_lines) - 1), 1)
    first = lines[line - 1] if line <= len(lines) else ""
    start = first.find("<!--" + body_lines[0])
    start = first.find("<!--") if start == -1 else start
    start = max(start, 0)
    last = lines[end_line - 1] if end_line <= len(lines) else ""
    # The closing `-->` follows the body's last line: on the first line after `<!--`.
    end = (start + 4 + len(text) if len(body_lines) == 1 else len(body_lines[-1])) + 3
    return Comment(
        body=strip_delimiters(f"<!--{text}-->"),
        line=line, column=utf16_len(first[:start]) + 1,
        end_line=end_line, end_column=utf16_len(last[:end]) + 1,
    )


def _vue_comments(data: bytes) -> list[Comment]:
    """Template comments from the HTML grammar; `<script>`/`<style>` bodies with their own.

    Each body is re-parsed inside a copy of the file with everything else blanked (newlines
    kept), so positions need no shifting.
    """
    index = LineIndex(data)
    tree = _parse(data, "html")
    comments = list(_walk_comments(tree, data, index))
    for element in tree.children:
        if element.type not in ("script_element", "style_element"):
            continue
        body = next((c for c in element.children if c.type == "raw_text"), None)
        if body is None:
            continue
        grammar = "css" if element.type == "style_element" else _script_grammar(element, data)
        from lint.frontends.vue.sfc import blank_outside

        blanked = blank_outside(data, body.start_byte, body.end_byte)
        comments += _walk_comments(_parse(blanked, grammar), data, index)
    return sorted(comments, key=lambda c: (c.line, c.column))


def _script_grammar(element: TSNode, data: bytes) -> str:
    start_tag = element.children[0]
    attrs = data[start_tag.start_byte : start_tag.end_byte]
    if b'lang="tsx"' in attrs or b"lang='tsx'" in attrs:
        return "tsx"
    return "typescript" if b'lang="ts"' in attrs or b"lang='ts'" in attrs else "javascript"


def _tree_sitter_comments(parse_data: bytes, grammar: str, index: LineIndex) -> list[Comment]:
    return list(_walk_comments(_parse(parse_data, grammar), index.data, index))


def _parse(data: bytes, grammar: str) -> TSNode:
    from lint.frontends import ts

    return ts.parser(grammar).parse(data).root_node


def _walk_comments(root: TSNode, data: bytes, index: LineIndex) -> Iterator[Comment]:
    """Pre-order and iterative (templates nest deeply); bodies come from the original bytes."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type in ("comment", "js_comment"):
            line, column = index.point(node.start_point[0], node.start_point[1])
            end_line, end_column = index.point(node.end_point[0], node.end_point[1])
            raw = data[node.start_byte : node.end_byte].decode("utf-8", "replace")
            yield Comment(strip_delimiters(raw), line, column, end_line, end_column)
            continue
        if node.type not in _OPAQUE:
            stack.extend(reversed(node.children))


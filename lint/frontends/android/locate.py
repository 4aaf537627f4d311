"""Where a finding on a layout element points: the element's `<Tag`, located on demand.

lxml gives only the line where a start tag ends; locating every element's column up front would cost more than
parsing, and only reported elements need it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from lint.model import Node, Span
from lint.textpos import utf16_len
from lint.xmlescape import escape

if TYPE_CHECKING:
    from lint.frontends.android.nodes import HasLines


def locator(source: HasLines, anchors: dict[int, tuple[int, str]]) -> Callable[[Node], Span]:
    """Spans of `<Tag` in the layout's lines; a grafted element points at its include site (`anchors`)."""
    def locate(node: Node) -> Span:
        lines = source.lines  # split only for a layout that has a finding
        anchor = anchors.get(id(node))
        end, tag = anchor or (node.span.line, node.tag)
        needle = "<" + tag
        for line in range(min(end, len(lines)), 0, -1):
            text = lines[line - 1]
            column = text.rfind(needle)
            if column != -1 and anchor is None and line == end and text.count(needle) > 1:
                column = _own_start(text, tag, node.attrs, column)
            if column != -1:
                # The span covers `<Tag`: what an editor underlines for an element.
                start = utf16_len(text[:column]) + 1
                return Span(line, start, line, start + utf16_len(needle))
        return node.span

    return locate


def _own_start(text: str, tag: str, attrs: dict[str, str], last: int) -> int:
    """Which `<Tag` of a line holding several (a minified layout) starts the element with these attributes.

    lxml tells elements apart only by the line their start tag ends on; the attributes written after each
    `<Tag` tell which is which. Without a start tag that holds them all, the last one (as before).
    """
    starts = [m.start() for m in _start_tag(tag).finditer(text)]
    written = [(f'{name}="{escape(value, {chr(34): "&quot;"})}"', f"{name}='{escape(value)}'")
               for name, value in attrs.items()]
    for start, stop in zip(starts, [*starts[1:], len(text)], strict=True):
        segment = text[start:stop]
        if all(double in segment or single in segment for double, single in written):
            return start
    return last


@functools.lru_cache(maxsize=256)
def _start_tag(tag: str) -> re.Pattern[str]:
    return re.compile(re.escape("<" + tag) + r"(?=[\s/>]|$)")

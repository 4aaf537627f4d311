"""Where a finding on a layout element points: the element's `<Tag`, located on demand.

lxml gives only the line where a start tag ends; locating every element's column up front would cost more than
parsing, and only reported elements need it.
"""

from __future__ import annotations

from collections.abc import Callable

from lint.model import Node, Span
from lint.textpos import utf16_len


def locator(lines: list[str], anchors: dict[int, tuple[int, str]]) -> Callable[[Node], Span]:
    """Spans of `<Tag` in the layout's `lines`; a grafted element points at its include site (`anchors`)."""
    def locate(node: Node) -> Span:
        end, tag = anchors.get(id(node), (node.span.line, node.tag))
        needle = "<" + tag
        for line in range(min(end, len(lines)), 0, -1):
            text = lines[line - 1]
            column = text.rfind(needle)
            if column != -1:
                # The span covers `<Tag`: what an editor underlines for an element.
                start = utf16_len(text[:column]) + 1
                return Span(line, start, line, start + utf16_len(needle))
        return node.span

    return locate

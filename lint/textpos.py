"""Source positions: byte offsets to 1-based lines and UTF-16 columns.

tree-sitter reports UTF-8 byte columns, SARIF and editors count UTF-16 code units; Chinese text
makes the two differ, so every position that leaves a frontend goes through here.
"""

from __future__ import annotations

import bisect


class LineIndex:
    """Maps byte offsets of a UTF-8 buffer to (line, utf16 column), both 1-based."""

    __slots__ = ("data", "starts")

    def __init__(self, data: bytes) -> None:
        self.data = data
        starts = [0]
        find = data.find
        pos = find(b"\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find(b"\n", pos + 1)
        self.starts = starts

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        start = self.starts[line - 1]
        return line, utf16_column(self.data[start:offset])

    def span(self, offset: int, end: int) -> tuple[int, int, int]:
        """(line, column) of `offset` and the column of `end` (at or after it), in one look-up."""
        starts, data = self.starts, self.data
        line = bisect.bisect_right(starts, offset)
        start = starts[line - 1]
        end_start = start if line == len(starts) or end < starts[line] else starts[bisect.bisect_right(starts, end) - 1]
        prefix, end_prefix = data[start:offset], data[end_start:end]
        column = len(prefix) + 1 if prefix.isascii() else utf16_column(prefix)
        return line, column, len(end_prefix) + 1 if end_prefix.isascii() else utf16_column(end_prefix)

    def point(self, row: int, byte_column: int) -> tuple[int, int]:
        """Converts a tree-sitter (row, byte column) point."""
        start = self.starts[row] if row < len(self.starts) else len(self.data)
        return row + 1, utf16_column(self.data[start : start + byte_column])


def utf16_column(prefix: bytes) -> int:
    """1-based UTF-16 column just after ``prefix`` (the bytes of the line before it)."""
    if prefix.isascii():
        return len(prefix) + 1
    return utf16_len(prefix.decode("utf-8", "replace")) + 1


def utf16_len(text: str) -> int:
    """The length of ``text`` in UTF-16 code units (what SARIF and editors count columns in)."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2

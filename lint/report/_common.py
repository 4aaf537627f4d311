"""Pieces several formats share: the summary sentence and source-line lookups.

Kept out of ``lint/report/__init__.py`` so that importing the package stays free of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lint.finding import Finding

from . import ReportContext

#: C0 controls but tab and line feed, DEL and C1 controls: text from a linted file (a label, a path) must not
#: drive the terminal or the CI log that shows it (ESC sequences clear screens and set window titles).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """`text` with control characters shown as U+FFFD, as the XML formats write them."""
    return _CONTROLS.sub("\ufffd", text) if _CONTROLS.search(text) else text


def rule_counts(findings: Sequence[Finding]) -> list[tuple[str, int, str]]:
    """(rule, count, worst severity) per rule, most frequent first: what `--statistics` shows. A rule's
    severity can be overridden per path, so the worst one it was reported at stands for it."""
    from collections import Counter

    from lint.finding import SEVERITY_RANK

    counts = Counter(finding.rule for finding in findings)
    worst: dict[str, str] = {}
    for finding in findings:
        current = worst.get(finding.rule)
        if current is None or SEVERITY_RANK.get(finding.severity, 0) > SEVERITY_RANK.get(current, 0):
            worst[finding.rule] = finding.severity
    return [(rule, count, worst[rule]) for rule, count in sorted(counts.items(), key=lambda i: (-i[1], i[0]))]


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    word = singular if count == 1 else (plural_form or singular + "s")
    return f"{count} {word}"


def summary_lines(findings: Sequence[Finding], ctx: ReportContext) -> list[str]:
    """The closing sentence(s) of the human-readable formats (text, github)."""
    if findings:
        counts = {"error": 0, "warning": 0, "info": 0}
        for finding in findings:
            counts[finding.severity] = counts.get(finding.severity, 0) + 1
        files = len({finding.path for finding in findings})
        counted = (
            f"{plural(counts['error'], 'error')}, "
            f"{plural(counts['warning'], 'warning')}, {counts['info']} info"
        )
        problems = plural(len(findings), "problem")
        lines = [f"Found {problems} ({counted}) in {plural(files, 'file')}."]
    else:
        lines = [f"All checks passed ({plural(ctx.files_checked, 'file')} checked)."]
    if ctx.baselined or ctx.baseline_gone:
        lines.append(
            f"Baseline: {plural(ctx.baselined, 'finding')} baselined, "
            f"{plural(ctx.baseline_gone, 'baselined finding')} gone."
        )
    return lines


class SourceLines:
    """Memoised access to the lines of the files findings point at.

    Lines are split the way editors and GitHub count them (\\r\\n, \\r and \\n all end a line).
    """

    def __init__(self, ctx: ReportContext) -> None:
        self._ctx = ctx
        self._texts: dict[str, str | None] = {}
        self._lines: dict[str, list[str] | None] = {}

    def text(self, path: str) -> str | None:
        if path not in self._texts:
            self._texts[path] = self._ctx.sources(path)
        return self._texts[path]

    def line(self, path: str, number: int) -> str | None:
        """Line ``number`` (1-based) of ``path`` without its line break, or None if unknown."""
        if path not in self._lines:
            text = self.text(path)
            self._lines[path] = None if text is None else _split_lines(text)
        lines = self._lines[path]
        if lines is None or not 1 <= number <= len(lines):
            return None
        return lines[number - 1]


def _split_lines(text: str) -> list[str]:
    # str.splitlines() also breaks on \x0b, \x1c, \u2028 ... which no UI toolchain counts as
    # a new line; normalise the three real line endings and split on \n only.
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def utf16_to_index(line: str, column: int) -> int:
    """Python string index of the 1-based UTF-16 ``column`` in ``line`` (clamped to the line)."""
    units = 1
    for index, char in enumerate(line):
        if units >= column:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(line)

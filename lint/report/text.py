"""Human-readable output for terminals and logs.

One line per finding (``path:line:col: rule [severity] message``) so editors and terminals
can jump to it, evidence lines beneath it, an optional ruff-style code frame, and a summary.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from lint.finding import Finding

from . import ReportContext
from ._common import SourceLines, printable, rule_counts, summary_lines, utf16_to_index

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_SEVERITY_COLOR = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[36m"}
_TAB_WIDTH = 4


def render(findings: Sequence[Finding], ctx: ReportContext) -> str:
    paint = _Painter(ctx.color)
    out: list[str] = []
    if ctx.statistics:
        out.extend(_statistics(findings, paint))
    else:
        sources = SourceLines(ctx)
        for finding in findings:
            out.extend(_finding_lines(finding, paint))
            if ctx.show_source:
                out.extend(_code_frame(finding, sources, paint))
    out.extend(paint(line, _BOLD) for line in summary_lines(findings, ctx))
    return "\n".join(out) + "\n"


class _Painter:
    """Wraps text in ANSI codes only when colour was asked for, so callers never branch."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, text: str, *codes: str) -> str:
        if not self.enabled or not codes or not text:
            return text
        return "".join(codes) + text + _RESET


def _finding_lines(finding: Finding, paint: _Painter) -> list[str]:
    color = _SEVERITY_COLOR.get(finding.severity, "")
    location = paint(f"{printable(finding.path)}:{finding.line}:{finding.column}:", _BOLD)
    # A multi-line message stays readable and never looks like a new finding or evidence line.
    message = printable(finding.message.replace("\r\n", "\n")).replace("\n", "\n      ")
    rule = paint(finding.rule, _BOLD, color)
    severity = paint(f"[{finding.severity}]", color)
    lines = [f"{location} {rule} {severity} {message}"]
    for item in finding.evidence:
        lines.append(paint(printable(f"    = {item.path}:{item.line}: {item.note}"), _DIM))
    return lines


def _statistics(findings: Sequence[Finding], paint: _Painter) -> list[str]:
    return [
        f"{count}\t{paint(rule, _BOLD)}\t{paint(f'[{severity}]', _SEVERITY_COLOR.get(severity, ''))}"
        for rule, count, severity in rule_counts(findings)
    ]


#: Characters of a long line shown before and after a finding (and of the finding itself) in a code frame.
_CONTEXT = 80


def _code_frame(finding: Finding, sources: SourceLines, paint: _Painter) -> list[str]:
    """The finding's first line with a gutter and a caret underline, like ruff's output."""
    line = sources.line(finding.path, finding.line)
    if line is None:
        return []
    start = utf16_to_index(line, finding.column)
    if finding.end_line == finding.line:
        end = max(utf16_to_index(line, finding.end_column), start + 1)
    else:
        # The range runs on past this line: underline to its end.
        end = max(len(line.rstrip()), start + 1)
    # A minified template or a one-line layout: a window around the finding, not a line of 100 KB.
    if start > _CONTEXT:
        line, start, end = "…" + line[start - _CONTEXT:], _CONTEXT + 1, end - start + _CONTEXT + 1
    end = min(end, start + _CONTEXT)
    if len(line) > end + _CONTEXT:
        line = line[: end + _CONTEXT] + "…"
    shown, offset = _display(line[:start])
    marked, width = _display(line[start:end], offset)
    rest, _ = _display(line[end:], offset + width)
    number = str(finding.line)
    gutter = " " * len(number)
    color = _SEVERITY_COLOR.get(finding.severity, "")
    return [
        paint(f"{gutter} |", _DIM),
        f"{paint(f'{number} |', _DIM)} {shown}{marked}{rest}".rstrip(),
        f"{paint(f'{gutter} |', _DIM)} {' ' * offset}{paint('^' * max(width, 1), color, _BOLD)}",
        paint(f"{gutter} |", _DIM),
    ]


def _display(text: str, column: int = 0) -> tuple[str, int]:
    """Text as a terminal shows it (tabs expanded) and the number of cells it takes.

    Wide and fullwidth characters (CJK, fullwidth punctuation such as 《》) take two cells and
    combining marks none, so the carets land under the characters they mean.
    """
    parts: list[str] = []
    width = 0
    for char in text:
        if char == "\t":
            spaces = _TAB_WIDTH - (column + width) % _TAB_WIDTH
            parts.append(" " * spaces)
            width += spaces
            continue
        if char < " " or "\x7f" <= char <= "\x9f":  # a control from the file: shown, never sent to the terminal
            char = "\ufffd"
        parts.append(char)
        width += _cell_width(char)
    return "".join(parts), width


def _cell_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1

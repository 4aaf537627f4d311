"""reviewdog Diagnostic Format (``-f=rdjson``).

rdjson columns count UTF-8 *bytes* (see reviewdog's ``proto/rdf/reviewdog.proto``) while
findings carry UTF-16 columns, so a range is converted through the source line; when the
file text is unavailable the range is given by lines only, which reviewdog reads as whole
lines, rather than with columns that would be wrong on Chinese text.

A rule's ``fix`` is a hint for a human, not a text edit, so it is appended to the message
instead of being dressed up as an rdjson ``suggestion``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from lint.finding import Finding

from . import ReportContext
from ._common import SourceLines, utf16_to_index

SOURCE_URL = "https://github.com/darklint/darklint"
_SEVERITIES = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def render(findings: Sequence[Finding], ctx: ReportContext) -> str:
    sources = SourceLines(ctx)
    result = {
        "source": {"name": "darklint", "url": SOURCE_URL},
        "diagnostics": [_diagnostic(finding, ctx, sources) for finding in findings],
    }
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"


def _diagnostic(
    finding: Finding, ctx: ReportContext, sources: SourceLines
) -> dict[str, Any]:
    message = finding.message
    rule = ctx.rules.get(finding.rule)
    if rule is not None and rule.fix.strip():
        message += f"\nFix: {rule.fix.strip()}"
    return {
        "message": message,
        "location": {"path": finding.path, "range": _range(finding, sources)},
        "severity": _SEVERITIES.get(finding.severity, "WARNING"),
        "code": {"value": finding.rule},
    }


def _range(finding: Finding, sources: SourceLines) -> dict[str, dict[str, int]]:
    start_text = sources.line(finding.path, finding.line)
    end_text = sources.line(finding.path, finding.end_line)
    if start_text is None or end_text is None:
        return {
            "start": {"line": finding.line},
            "end": {"line": max(finding.end_line, finding.line)},
        }
    return {
        "start": {
            "line": finding.line,
            "column": _byte_column(start_text, finding.column),
        },
        "end": {
            "line": finding.end_line,
            "column": _byte_column(end_text, finding.end_column),
        },
    }


def _byte_column(line: str, utf16_column: int) -> int:
    prefix = line[: utf16_to_index(line, utf16_column)]
    return len(prefix.encode("utf-8", "surrogatepass")) + 1

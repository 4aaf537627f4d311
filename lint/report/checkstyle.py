"""Checkstyle XML, the lingua franca of reviewdog (``-f=checkstyle``) and many CI plugins."""

from __future__ import annotations

from collections.abc import Sequence

from lint.finding import Finding

from . import ReportContext
from ._xml import DECLARATION, attrs

_SEVERITIES = {"error": "error", "warning": "warning", "info": "info"}


def render(findings: Sequence[Finding], ctx: ReportContext) -> str:
    by_file: dict[str, list[Finding]] = {}
    for finding in findings:
        by_file.setdefault(finding.path, []).append(finding)
    lines = [DECLARATION, '<checkstyle version="4.3">']
    for path, file_findings in by_file.items():
        lines.append(f"  <file{attrs(name=path)}>")
        for finding in file_findings:
            error = attrs(
                line=finding.line,
                column=finding.column,
                severity=_SEVERITIES.get(finding.severity, "warning"),
                message=finding.message,
                source=f"darklint.{finding.rule}",
            )
            lines.append(f"    <error{error}/>")
        lines.append("  </file>")
    lines.append("</checkstyle>")
    return "\n".join(lines) + "\n"

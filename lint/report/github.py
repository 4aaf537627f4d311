"""GitHub Actions workflow commands: each finding becomes an inline annotation on the PR.

Escaping follows @actions/core (``command.ts``): the message escapes ``%``, CR and LF;
property values additionally escape ``:`` and ``,``, which would otherwise end the value.
"""

from __future__ import annotations

from collections.abc import Sequence

from lint.finding import Finding

from . import ReportContext
from ._common import printable, summary_lines

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    # Other controls cannot be escaped in a workflow command: shown as U+FFFD (an ESC would drive the log's colours).
    return printable(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(findings: Sequence[Finding], ctx: ReportContext) -> str:
    lines = [_command(finding) for finding in findings]
    lines.extend(summary_lines(findings, ctx))
    return "\n".join(lines) + "\n"


def _command(finding: Finding) -> str:
    properties = [("file", finding.path), ("line", str(finding.line))]
    # GitHub's annotation API supports columns only when start and end are on the same line
    # (its docs say to omit them otherwise), so a multi-line range is annotated by lines only.
    if finding.end_line == finding.line:
        properties += [("col", str(finding.column)), ("endLine", str(finding.end_line))]
        properties += [("endColumn", str(finding.end_column))]
    else:
        properties += [("endLine", str(finding.end_line))]
    properties.append(("title", f"darklint ({finding.rule})"))
    rendered = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    message = finding.message
    for item in finding.evidence:
        message += f"\n  = {item.path}:{item.line}: {item.note}"
    return f"::{_COMMANDS.get(finding.severity, 'warning')} {rendered}::{escape_data(message)}"

"""GitLab Code Quality report (a Code Climate-style JSON array) for merge request widgets.

GitLab matches issues between the base and head pipelines by ``fingerprint`` alone, so it
must be unique within a report and stable across runs: a digest of the finding's own
line-independent fingerprint, with a deterministic counter when two findings share one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

from lint.finding import Finding

from . import ReportContext

_SEVERITIES = {"info": "info", "warning": "minor", "error": "major"}


def render(findings: Sequence[Finding], ctx: ReportContext) -> str:
    seen: dict[str, int] = {}
    issues = [_issue(finding, _fingerprint(finding, seen)) for finding in findings]
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"


def _fingerprint(finding: Finding, seen: dict[str, int]) -> str:
    # Without a finding fingerprint fall back to the location: unique, though it then moves
    # with the line.
    base = finding.fingerprint or "\0".join(
        (
            finding.rule,
            finding.path,
            str(finding.line),
            str(finding.column),
            finding.message,
        )
    )
    seen[base] = seen.get(base, 0) + 1
    occurrence = seen[base]
    key = base if occurrence == 1 else f"{base}\0{occurrence}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _issue(finding: Finding, fingerprint: str) -> dict[str, Any]:
    return {
        "type": "issue",
        "description": f"{finding.rule}: {finding.message}",
        "check_name": finding.rule,
        "fingerprint": fingerprint,
        "severity": _SEVERITIES.get(finding.severity, "minor"),
        "categories": ["Security"],
        "location": {
            "path": finding.path,
            "lines": {
                "begin": finding.line,
                "end": max(finding.end_line, finding.line),
            },
        },
    }

"""Plain JSON: the findings' own dictionaries, for scripts and for round-tripping."""

from __future__ import annotations

import json
from collections.abc import Sequence

from lint.finding import Finding

from . import ReportContext


def render(findings: Sequence[Finding], ctx: ReportContext) -> str:
    if ctx.statistics:  # as ruff's `--statistics --output-format json`: counts per rule instead of findings
        from ._common import rule_counts

        counts = [{"rule": rule, "count": count, "severity": severity}
                  for rule, count, severity in rule_counts(findings)]
        return json.dumps(counts, ensure_ascii=False, indent=2) + "\n"
    return (
        json.dumps(
            [finding.to_dict() for finding in findings], ensure_ascii=False, indent=2
        )
        + "\n"
    )

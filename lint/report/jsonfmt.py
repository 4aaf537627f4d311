"""Plain JSON: the findings' own dictionaries, for scripts and for round-tripping."""

from __future__ import annotations

import json
from collections.abc import Sequence

from lint.finding import Finding

from . import ReportContext


def render(findings: Sequence[Finding], ctx: ReportContext) -> str:
    return (
        json.dumps(
            [finding.to_dict() for finding in findings], ensure_ascii=False, indent=2
        )
        + "\n"
    )

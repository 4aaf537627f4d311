"""Executing planned units: serially here; worker processes, caching and sharding build on it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lint.finding import Finding
    from lint.runner import RunOptions, Work


def lint_all(work: Sequence[Work], options: RunOptions) -> list[Finding]:
    from lint.runner import lint_unit

    findings: list[Finding] = []
    for item in work:
        findings.extend(lint_unit(item.unit, item.profile, options.cwd))
    return findings

"""Filters applied to a run's findings after the engine: suppressions, baselines, diffs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lint.runner import RunOptions, RunResult


def apply_filters(result: RunResult, options: RunOptions) -> RunResult:
    """Per-path rule ignores are applied per unit in the runner; nothing else is filtered yet."""
    return result

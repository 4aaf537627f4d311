"""Filters applied to a run's findings after the engine: suppressions, baselines, diffs.

Order matters: comment suppressions first (a suppressed finding is not a finding, so it is
neither recorded in a baseline nor annotated), then the baseline is written or applied, then
`--diff-from` narrows what is left to the change under review.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lint.filters.suppress import UNUSED, suppress

if TYPE_CHECKING:
    from lint.runner import RunOptions, RunResult


def apply_filters(result: RunResult, options: RunOptions) -> RunResult:
    # An internal error is darklint's failure, not a finding about the code: no comment, baseline or diff hides
    # it (the run exits 2 for it, and a report saying "All checks passed" beside that would mislead).
    internal = [f for f in result.findings if f.rule == "internal-error"]
    if internal:
        result.findings = [f for f in result.findings if f.rule != "internal-error"]
    unused = result.rules.get(UNUSED)
    result.findings = sorted(
        suppress(result.findings, options.cwd, result.rules, unused.severity if unused else None),
        key=lambda f: f.sort_key(),
    )
    if options.write_baseline is not None:
        from lint.filters.baseline import write_baseline

        write_baseline(options.write_baseline, result.findings, options.cwd)
    if options.baseline is not None:
        from lint.filters.baseline import apply_baseline

        applied = apply_baseline(result.findings, options.baseline, options.cwd, result.linted, frozenset(result.rules))
        result.findings, result.baselined, result.baseline_gone = applied.findings, applied.baselined, applied.gone
    if options.diff_from is not None:
        from lint.filters.diff import only_changed

        result.findings = only_changed(result.findings, options.diff_from, options.cwd)
    if internal:
        result.findings = sorted([*result.findings, *internal], key=lambda f: f.sort_key())
    return result

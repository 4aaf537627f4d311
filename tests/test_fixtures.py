"""Every rule's fixtures: findings must be exactly where the inline markers say.

Each folder `rules/<rule-id>/<project>/` is linted as its own project with only that rule selected;
a failure names the *missing* findings (expected, not reported) and the *noisy* ones (reported
on a line nobody marked, or on an `ok` line).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.rules import preset_path
from lint.ruletest import cases, run_case

RULES = Path(__file__).resolve().parent.parent / "rules"
CASES = cases(RULES)


@pytest.mark.parametrize(("rule", "project"), CASES, ids=[f"{rule}/{p.name}" for rule, p in CASES])
def test_fixture_project(rule: str, project: Path) -> None:
    # An explicit config: the repository's own .darklint.yaml excludes rules/ from dogfooding runs.
    report = run_case(rule, project, preset_path("recommended"))
    assert not report, "\n".join(report)

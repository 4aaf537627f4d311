"""Every rule's fixtures: findings must be exactly where the inline markers say.

Each folder `rules/<rule-id>/<project>/` is linted as its own project with only that rule selected;
a failure names the *missing* findings (expected, not reported) and the *noisy* ones (reported
on a line nobody marked, or on an `ok` line).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.rules import preset_path
from lint.runner import RunOptions, run
from tests.markers import ANYWHERE, collect

RULES = Path(__file__).resolve().parent.parent / "rules"
PROJECTS = sorted(p for p in RULES.glob("*/*") if p.is_dir() and (RULES / f"{p.parent.name}.yaml").is_file())


@pytest.mark.parametrize("project", PROJECTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fixture_project(project: Path) -> None:
    rule = project.parent.name
    marks = [m for m in collect(project) if m.rule == rule]
    assert any(m.kind == "expect" for m in marks) or any(m.kind == "ok" for m in marks), "fixture without markers"
    # An explicit config: the repository's own .darklint.yaml excludes rules/ from dogfooding runs.
    options = RunOptions(config=preset_path("recommended"), select=(rule,), cwd=project)
    result = run([project], options)
    actual = {(f.path, f.line) for f in result.findings if f.rule == rule}
    expected = {(m.path, m.line) for m in marks if m.kind == "expect"}
    anywhere = {m.path for m in marks if m.kind == "expect" and m.line == ANYWHERE}
    missing = sorted(e for e in expected if e[1] != ANYWHERE and e not in actual)
    missing += sorted((p, 0) for p in anywhere if not any(a[0] == p for a in actual))
    noisy = sorted(a for a in actual if a not in expected and a[0] not in anywhere)
    messages = {(f.path, f.line): f.message for f in result.findings}
    report = [f"missing: {p}:{line}" for p, line in missing]
    report += [f"noisy:   {p}:{line}: {messages.get((p, line), '')}" for p, line in noisy]
    assert not report, "\n".join(report)

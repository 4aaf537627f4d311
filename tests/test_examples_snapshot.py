"""The exact output on `examples/` is pinned: any change in findings shows up in review.

Regenerate after an intended change with `DARKLINT_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_examples_snapshot.py`.
"""

from __future__ import annotations

import json
import os

from tests.conftest import ROOT, run_cli

SNAPSHOT = ROOT / "tests" / "snapshots" / "examples.json"


def test_examples_output_matches_snapshot() -> None:
    result = run_cli("check", "--format", "json", "--no-cache", "examples", cwd=ROOT)
    assert result.returncode == 1, result.stderr
    actual = json.loads(result.stdout)
    if os.environ.get("DARKLINT_UPDATE_SNAPSHOTS") == "1":
        SNAPSHOT.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    summary = [f"{f['path']}:{f['line']} {f['rule']}" for f in actual]
    assert actual == expected, "examples output changed:\n" + "\n".join(summary)


def test_examples_text_output_is_deterministic() -> None:
    first = run_cli("check", "--no-cache", "examples", cwd=ROOT).stdout
    second = run_cli("check", "--no-cache", "examples", cwd=ROOT).stdout
    assert first == second
    assert first.splitlines()[-1].startswith("Found ")

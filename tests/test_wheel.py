"""The wheel ships the rule pack inside the package, and darklint runs from it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT


def test_wheel_contains_rules_and_runs_from_them(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(tmp_path), str(ROOT)], check=True, capture_output=True, timeout=300)
    wheel = next(tmp_path.glob("darklint-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert "lint/_rules/consent-prechecked.yaml" in names
        assert "lint/_rules/lexicons/consent.yaml" in names
        assert "lint/_rules/schema/config.schema.json" in names
        archive.extractall(tmp_path / "site")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    result = subprocess.run([sys.executable, "-c", "import lint.rules as r; print(r.rules_dir());"
                             "print(sorted(r.shipped_rules()))"], cwd=tmp_path, env=env, capture_output=True,
                            text=True, check=True)
    rules_dir, rule_ids = result.stdout.splitlines()
    assert rules_dir == str(tmp_path / "site" / "lint" / "_rules")
    assert "consent-prechecked" in rule_ids

"""The code stays ruff- and mypy --strict-clean (the project's own style rules, enforced in CI)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "."], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_is_clean() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


#: The project's top level (fixed by the developers' guide), and the CI and tool files beside it.
TOP_LEVEL = {".ci", ".darklint.yaml", ".gitignore", ".pre-commit-hooks.yaml", "README.md", "action.yml", "bench",
             "docs", "examples", "lint", "pyproject.toml", "rules", "tests"}


def test_the_top_level_holds_only_the_projects_files() -> None:
    """A stray log or scratch script committed at the top (two error logs once were) fails here, not in review.
    Read from git's index where there is one, so untracked scratch files in a working copy do not count."""
    result = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not result.stdout:
        pytest.skip("not a git checkout")
    tracked = {line.split("/", 1)[0] for line in result.stdout.splitlines()}
    assert tracked <= TOP_LEVEL, f"unexpected files at the top level: {sorted(tracked - TOP_LEVEL)}"

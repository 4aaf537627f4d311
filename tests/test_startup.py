"""Start-up: a one-file Android run imports no grammar, no other format and no unused library.

Structural, not timed: `python -X importtime` lists every module a run imported.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from lint.rules import load_yaml, preset_names, preset_path, rules_dir
from tests.conftest import ROOT

IMPORT_LINE = re.compile(r"^import time:\s+\d+ \|\s+\d+ \|(\s*)(\S+)$")
NOT_FOR_ONE_LAYOUT = ("tree_sitter", "tree_sitter_html", "tree_sitter_css", "tree_sitter_javascript",
                      "tree_sitter_typescript", "lint.report.sarif", "lint.frontends.mini.page",
                      "lint.frontends.mini.template", "lint.frontends.mini.script", "lint.frontends.css",
                      "jsonschema", "pydantic", "concurrent.futures.process")


def imported_modules(*args: str, cwd: Path) -> tuple[set[str], subprocess.CompletedProcess[str]]:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "lint", *args], cwd=cwd, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    modules = {m.group(2) for line in result.stderr.splitlines() if (m := IMPORT_LINE.match(line))}
    return modules, result


@pytest.fixture
def android_app(tmp_path: Path) -> Path:
    """The example app alone, in a folder without a config file (the common pre-commit case)."""
    shutil.copytree(ROOT / "examples" / "android-app", tmp_path / "android-app")
    (tmp_path / ".git").mkdir()
    return tmp_path


def test_one_layout_imports_only_what_android_needs(android_app: Path) -> None:
    layout = "android-app/app/src/main/res/layout/activity_signup.xml"
    modules, result = imported_modules("check", "--format", "text", layout, cwd=android_app)
    assert result.returncode == 1, result.stderr[-2000:]
    assert "consent-prechecked" in result.stdout
    assert {"lxml.etree", "lint.frontends.android.layout", "lint.report"} <= modules, "importtime not parsed"
    unexpected = sorted(m for m in modules if m in NOT_FOR_ONE_LAYOUT or m.startswith("tree_sitter"))
    assert unexpected == [], f"a one-layout run imported {unexpected}"


def test_a_config_file_is_still_validated(android_app: Path) -> None:
    (android_app / ".darklint.yaml").write_text("rules:\n  consent-prechecked: loud\n", encoding="utf-8")
    modules, result = imported_modules("check", "android-app", cwd=android_app)
    assert result.returncode == 2 and "consent-prechecked" in result.stderr
    assert "jsonschema" in modules


@pytest.mark.parametrize("name", preset_names())
def test_shipped_presets_match_the_config_schema(name: str) -> None:
    """Runs skip schema validation for shipped presets (it costs jsonschema's import); this is the check."""
    schema = load_yaml(rules_dir() / "schema" / "config.schema.json")
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(load_yaml(preset_path(name)) or {}))
    assert errors == [], [e.message for e in errors]

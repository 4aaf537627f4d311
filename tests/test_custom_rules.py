"""A project's own rules (`custom-rules:`): loaded beside the shipped pack, and every mistake in one is a
configuration error (exit code 2, naming the file, the key and the value) before any page is linted."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

#: A rule a team writes for itself: every switch that is on at first render, named by its label.
SWITCH_ON = """\
id: switch-on
category: preselection
severity: warning
summary: A switch is on by default
description: Settings switches should start off so that users choose what they turn on.
message: '"{label}" is on by default'
select:
  kind: toggle
  checked: true
"""


@pytest.fixture
def app(tmp_path: Path) -> Path:
    """The WeChat example app with a `lint-rules/` folder its config names."""
    project = tmp_path / "app"
    shutil.copytree(ROOT / "examples" / "wechat-miniprogram", project)
    (project / "lint-rules").mkdir()
    (project / ".darklint.yaml").write_text("custom-rules: [lint-rules/]\n", encoding="utf-8")
    return project


def _rule(app: Path, text: str, name: str = "switch-on.yaml") -> Path:
    path = app / "lint-rules" / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_custom_rule_reports_with_the_shipped_ones(app: Path) -> None:
    _rule(app, SWITCH_ON)
    result = run_cli("check", "--format", "json", ".", cwd=app)
    assert result.returncode == 1, result.stderr
    rules = {f["rule"] for f in json.loads(result.stdout)}
    assert {"switch-on", "consent-prechecked", "legal-text-small"} <= rules


def test_a_rule_file_that_is_not_yaml_is_a_config_error(app: Path) -> None:
    _rule(app, "id: switch-on\nselect: {kind: toggle, checked: true\nmessage: x\n")
    result = run_cli("check", ".", cwd=app)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"{app / 'lint-rules' / 'switch-on.yaml'}:3: <file>: not valid YAML" in result.stderr

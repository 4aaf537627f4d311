"""The composite GitHub Action: its shell steps run here, as a runner would run them.

The `uses:` steps (setup-python, upload-sarif) need GitHub; the `run:` steps are plain bash, so
they are executed with the runner's environment emulated (RUNNER_TEMP holding a venv with
darklint, GITHUB_OUTPUT a file) and `${{ }}` expressions filled in from the inputs.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
STEPS = {step.get("id") or step.get("name"): step for step in ACTION["runs"]["steps"]}
EXPRESSION = re.compile(r"\$\{\{\s*([^}]+?)\s*\}\}")

STRINGS = """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="agree_privacy">I have read and agree to the Privacy Policy</string>
</resources>
"""
LAYOUT = """<?xml version="1.0" encoding="utf-8"?>
<LinearLayout xmlns:android="http://schemas.android.com/apk/res/android"
    android:layout_width="match_parent"
    android:layout_height="wrap_content">
    <CheckBox
        android:id="@+id/cb_agree"
        android:layout_width="wrap_content"
        android:layout_height="wrap_content"
        android:checked="CHECKED"
        android:text="@string/agree_privacy" />
</LinearLayout>
"""


def workspace(tmp_path: Path, checked: str) -> Path:
    res = tmp_path / "work" / "app" / "src" / "main" / "res"
    (res / "values").mkdir(parents=True)
    (res / "layout").mkdir()
    (res / "values" / "strings.xml").write_text(STRINGS, encoding="utf-8")
    (res / "layout" / "activity_register.xml").write_text(LAYOUT.replace("CHECKED", checked), encoding="utf-8")
    return tmp_path / "work"


def runner_temp(tmp_path: Path) -> Path:
    """RUNNER_TEMP with `darklint-venv/bin/darklint`: the darklint under test."""
    darklint = shutil.which("darklint", path=str(Path(sys.executable).parent))
    if darklint is None:
        pytest.skip("darklint is not installed next to this interpreter")
    bin_dir = tmp_path / "runner-temp" / "darklint-venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "darklint").symlink_to(darklint)
    return tmp_path / "runner-temp"


def run_step(name: str, inputs: dict[str, str], outputs: dict[str, str], cwd: Path, temp: Path) -> tuple[int, str]:
    step = STEPS[name]
    context: dict[str, Any] = {**{f"inputs.{k}": v for k, v in inputs.items()},
                               **{f"steps.{step_id}.outputs.{k}": v for k, v in outputs.items()
                                  for step_id in ("sarif", "annotations")}}
    # A step's output not written (the step was skipped) reads as empty, as in a workflow.
    env_values = {key: EXPRESSION.sub(lambda m: str(context.get(m.group(1), "")), str(value))
                  for key, value in step.get("env", {}).items()}
    github_output = temp / f"output-{name}"
    github_output.write_text("", encoding="utf-8")
    env = {**os.environ, **env_values, "RUNNER_TEMP": str(temp), "GITHUB_OUTPUT": str(github_output),
           "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    completed = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=cwd, env=env, capture_output=True, text=True,
                               timeout=300, check=False)
    for line in github_output.read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("=")
        outputs[key] = value
    return completed.returncode, completed.stdout + completed.stderr


def inputs(**overrides: str) -> dict[str, str]:
    defaults = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    return {**defaults, **overrides}


def test_action_declares_the_documented_inputs_and_uploads_sarif() -> None:
    assert set(ACTION["inputs"]) >= {"paths", "args", "sarif-file", "version", "diff-from", "category"}
    assert ACTION["runs"]["using"] == "composite"
    uses = [step.get("uses", "") for step in ACTION["runs"]["steps"]]
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    for step in ACTION["runs"]["steps"]:
        assert "${{" not in step.get("run", ""), f"{step.get('name')}: expression pasted into a script"


def test_action_steps_write_sarif_annotate_and_fail(tmp_path: Path) -> None:
    work, temp = workspace(tmp_path, "true"), runner_temp(tmp_path)
    given = inputs(paths="app", args="--fail-on error --no-cache", **{"sarif-file": "reports/darklint.sarif"})
    (work / "reports").mkdir()
    outputs: dict[str, str] = {}
    code, log = run_step("sarif", given, outputs, work, temp)
    assert code == 0, log
    assert outputs["exit-code"] == "1" and outputs["report"] == "true"
    sarif = json.loads((work / "reports" / "darklint.sarif").read_text(encoding="utf-8"))
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["consent-prechecked"]
    code, log = run_step("annotations", given, outputs, work, temp)
    assert code == 0
    assert "::error file=app/src/main/res/layout/activity_register.xml,line=5" in log
    code, log = run_step("Fail on findings", given, outputs, work, temp)
    assert code == 1 and "darklint exited with 1" in log


def test_action_reads_paths_and_args_written_one_per_line(tmp_path: Path) -> None:
    """`paths: |` with a folder per line (YAML's block style): every folder is linted, not only the first."""
    work, temp = workspace(tmp_path, "true"), runner_temp(tmp_path)
    (work / "docs").mkdir()
    given = inputs(paths="docs\napp\n", args="--no-cache\n--fail-on error\n")
    outputs: dict[str, str] = {}
    code, log = run_step("sarif", given, outputs, work, temp)
    assert code == 0 and outputs["exit-code"] == "1", log
    sarif = json.loads((work / "darklint.sarif").read_text(encoding="utf-8"))
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["consent-prechecked"]


def test_action_annotates_and_uploads_whenever_there_is_a_report(tmp_path: Path) -> None:
    """Exit 2 is a bad config (no report: nothing to upload) or a file darklint failed on (a report of every other
    finding, which must still reach code scanning): the steps go by the report, not the exit code."""
    work, temp = workspace(tmp_path, "true"), runner_temp(tmp_path)
    (work / ".darklint.yaml").write_text("rules: {consent-prechecked: sometimes}\n", encoding="utf-8")
    outputs: dict[str, str] = {}
    run_step("sarif", inputs(args="--no-cache"), outputs, work, temp)
    assert (outputs["exit-code"], outputs["report"]) == ("2", "false")
    steps = {step.get("name"): step for step in ACTION["runs"]["steps"]}
    for name in ("Lint (annotations)", "Upload SARIF to code scanning"):
        assert "steps.sarif.outputs.report == 'true'" in steps[name]["if"]
        assert "exit-code" not in steps[name]["if"]


def test_action_passes_a_clean_app(tmp_path: Path) -> None:
    work, temp = workspace(tmp_path, "false"), runner_temp(tmp_path)
    outputs: dict[str, str] = {}
    run_step("sarif", inputs(args="--no-cache"), outputs, work, temp)
    assert outputs["exit-code"] == "0"
    sarif = json.loads((work / "darklint.sarif").read_text(encoding="utf-8"))
    assert sarif["runs"][0]["results"] == []


def test_action_diff_from_narrows_annotations_and_failure_not_the_report(tmp_path: Path) -> None:
    """On a pull request the pre-ticked box already on the base branch is neither annotated nor fails the job,
    but the uploaded SARIF keeps it (code scanning would close the alert otherwise); a new one fails it."""
    work, temp = workspace(tmp_path, "true"), runner_temp(tmp_path)
    for args in (["init", "-q", "-b", "main"], ["add", "."], ["commit", "-q", "-m", "register screen"]):
        subprocess.run(["git", "-c", "user.name=Dev", "-c", "user.email=dev@example.com", *args], cwd=work,
                       check=True, capture_output=True)
    given = inputs(args="--no-cache", **{"diff-from": "HEAD"})
    outputs: dict[str, str] = {}
    run_step("sarif", given, outputs, work, temp)
    sarif = json.loads((work / "darklint.sarif").read_text(encoding="utf-8"))
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["consent-prechecked"]
    code, log = run_step("annotations", given, outputs, work, temp)
    assert code == 0 and "::error" not in log and outputs["annotated-exit-code"] == "0", log
    code, log = run_step("Fail on findings", given, outputs, work, temp)
    assert code == 0, log
    strings = work / "app" / "src" / "main" / "res" / "values" / "strings.xml"  # the pull request's change
    strings.write_text(STRINGS.replace("Privacy Policy", "Privacy Policy and the Terms of Use"), encoding="utf-8")
    run_step("sarif", given, outputs, work, temp)
    code, log = run_step("annotations", given, outputs, work, temp)
    assert "::error file=app/src/main/res/layout/activity_register.xml" in log
    code, log = run_step("Fail on findings", given, outputs, work, temp)
    assert code == 1 and "darklint exited with 1" in log

"""The dispatcher: known names only, and no format module loaded until it is used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lint.finding import Finding
from lint.report import FORMAT_NAMES, ReportContext, render

REPO = Path(__file__).resolve().parents[1]


def test_unknown_format_is_a_value_error_naming_the_choices() -> None:
    ctx = ReportContext(tool_version="0.1.0", rules={})
    with pytest.raises(ValueError, match="sarif"):
        render("xml", [], ctx)


def test_import_loads_no_format_module() -> None:
    probe = (
        "import sys, lint.report\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('lint.report.'))\n"
        "heavy = sorted(m for m in ('lxml', 'xml.etree', 'xml.sax') if m in sys.modules)\n"
        "print(loaded, heavy)\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert done.stdout.strip() == "[] []"


def test_each_name_loads_only_its_own_module() -> None:
    probe = (
        "import sys\n"
        "from lint.report import ReportContext, render\n"
        "render('github', [], ReportContext(tool_version='1', rules={}))\n"
        "print(sorted(m for m in sys.modules if m.startswith('lint.report.')))\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert done.stdout.strip() == "['lint.report._common', 'lint.report.github']"


@pytest.mark.parametrize("fmt", FORMAT_NAMES)
def test_every_format_renders_a_finding_without_rule_metadata(fmt: str) -> None:
    finding = Finding(
        "parse-error", "error", "unclosed <view>", "pages/a/a.wxml", 2, 1, 2, 6
    )
    output = render(fmt, [finding], ReportContext(tool_version="0.1.0", rules={}))
    assert "pages/a/a.wxml" in output and "parse-error" in output

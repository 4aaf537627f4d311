"""docs/custom-rules.md is the reference for writing rules: it names every fact, kind and operator the selector
language has, and its examples work as written (copied into a project, they load and report)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from lint.model import FACTS, KINDS
from lint.selector import _OPERATORS
from tests.conftest import ROOT, run_cli

DOC = (ROOT / "docs" / "custom-rules.md").read_text(encoding="utf-8")

#: A sign-up page with what the doc's two example rules look for: an SMS switch on by default, and fine print.
PAGE = """\
<view class="signup">
  <switch checked="{{true}}" />
  <text>接收营销短信</text>
  <text style="font-size: 12px">注册即同意《用户协议》和《隐私政策》</text>
</view>
"""


def _yaml_blocks() -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", DOC, re.S)


def test_the_reference_names_every_fact_kind_and_operator() -> None:
    for fact in FACTS:
        assert f"| `{fact}` |" in DOC, fact
    for kind in KINDS:
        assert f"`{kind}`" in DOC, kind
    for operator in _OPERATORS:
        assert f"`{operator}`" in DOC, operator


def test_the_examples_load_and_report(tmp_path: Path) -> None:
    rules = [block for block in _yaml_blocks() if block.lstrip("# -\n").find("id:") >= 0 and "select:" in block]
    configs = [block for block in _yaml_blocks() if block.startswith("custom-rules:") and "lexicons:" in block]
    assert len(rules) == 2 and len(configs) == 1
    (tmp_path / "darklint-rules").mkdir()
    for index, rule in enumerate(rules):
        (tmp_path / "darklint-rules" / f"rule{index}.yaml").write_text(rule, encoding="utf-8")
    (tmp_path / ".darklint.yaml").write_text(configs[0], encoding="utf-8")
    (tmp_path / "app.json").write_text('{"pages": ["pages/signup/signup"]}', encoding="utf-8")
    page = tmp_path / "pages" / "signup"
    page.mkdir(parents=True)
    (page / "signup.wxml").write_text(PAGE, encoding="utf-8")
    (page / "signup.js").write_text("Page({ data: {} })\n", encoding="utf-8")
    result = run_cli("check", "--format", "json", "--select", "acme-sms-optin,acme-fine-print", ".", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    found = {(f["rule"], f["line"]) for f in json.loads(result.stdout)}
    assert found == {("acme-sms-optin", 2), ("acme-fine-print", 4)}, result.stdout


def test_the_docs_index_links_every_page() -> None:
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    docs = ROOT / "docs"
    pages = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md") if p.name != "index.md")
    assert [page for page in pages if f"({page})" not in index] == []


def test_darklint_test_runs_the_cases_the_reference_describes(tmp_path: Path) -> None:
    """The "Testing a rule" section as a user follows it: the rule, a case with the marked page, `darklint test`;
    then a case whose `ok` line is reported fails, naming it."""
    (rule,) = [block for block in _yaml_blocks() if "id: acme-sms-optin" in block]
    (config,) = [block for block in _yaml_blocks() if block.startswith("custom-rules:") and "lexicons:" in block]
    (marked,) = re.findall(r"```html\n(.*?)```", DOC, re.S)
    folder = tmp_path / "darklint-rules"
    case = folder / "acme-sms-optin" / "signup-page"
    (case / "pages" / "signup").mkdir(parents=True)
    (folder / "acme-sms-optin.yaml").write_text(rule, encoding="utf-8")
    (tmp_path / ".darklint.yaml").write_text(config, encoding="utf-8")
    (case / "app.json").write_text('{"pages": ["pages/signup/signup"]}', encoding="utf-8")
    (case / "pages" / "signup" / "signup.wxml").write_text(f"<view>\n{marked}</view>\n", encoding="utf-8")
    (case / "pages" / "signup" / "signup.js").write_text("Page({ data: {} })\n", encoding="utf-8")
    result = run_cli("test", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok   acme-sms-optin/signup-page" in result.stdout
    wxml = case / "pages" / "signup" / "signup.wxml"
    wxml.write_text(wxml.read_text(encoding="utf-8").replace("{{false}}", "{{true}}"), encoding="utf-8")
    result = run_cli("test", "darklint-rules", "darklint-rules/", cwd=tmp_path)  # one folder, named twice
    assert result.returncode == 1 and result.stdout.count("FAIL acme-sms-optin/signup-page") == 1
    assert "FAIL acme-sms-optin/signup-page" in result.stdout and "noisy:   pages/signup/signup.wxml:6" in result.stdout


def test_darklint_test_loads_a_named_folder_the_config_does_not_list(tmp_path: Path) -> None:
    (rule,) = [block for block in _yaml_blocks() if "id: acme-fine-print" in block]
    folder = tmp_path / "darklint-rules"
    case = folder / "acme-fine-print" / "tiny-footer" / "pages" / "a"
    case.mkdir(parents=True)
    (folder / "acme-fine-print.yaml").write_text(rule, encoding="utf-8")
    (case.parent.parent / "app.json").write_text('{"pages": ["pages/a/a"]}', encoding="utf-8")
    (case / "a.js").write_text("Page({})\n", encoding="utf-8")
    (case / "a.wxml").write_text('<view>\n  <!-- expect: acme-fine-print -->\n'
                                 '  <text style="font-size: 11px">注册即同意《用户协议》</text>\n</view>\n',
                                 encoding="utf-8")
    result = run_cli("test", "darklint-rules", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok   acme-fine-print/tiny-footer" in result.stdout


def test_darklint_test_runs_one_rules_cases_or_one_case(tmp_path: Path) -> None:
    """As semgrep's `--test` takes a file: a rule's folder runs its cases, a case folder runs that case alone, and
    darklint's own fixtures run the same way from a checkout (not loaded twice as custom rules)."""
    (rule,) = [block for block in _yaml_blocks() if "id: acme-fine-print" in block]
    folder = tmp_path / "darklint-rules"
    (folder / "acme-fine-print").mkdir(parents=True)
    (folder / "acme-fine-print.yaml").write_text(rule, encoding="utf-8")
    for name, size in (("tiny-footer", 11), ("big-footer", 14)):
        page = folder / "acme-fine-print" / name / "pages" / "a"
        page.mkdir(parents=True)
        (page.parent.parent / "app.json").write_text('{"pages": ["pages/a/a"]}', encoding="utf-8")
        (page / "a.js").write_text("Page({})\n", encoding="utf-8")
        (page / "a.wxml").write_text(f'<view>\n  <!-- expect: acme-fine-print -->\n  <text style="font-size: {size}px">'
                                     '注册即同意《用户协议》</text>\n</view>\n', encoding="utf-8")
    result = run_cli("test", "darklint-rules/acme-fine-print", cwd=tmp_path)
    assert result.returncode == 1 and "2 fixture projects, 1 failed." in result.stdout, result.stdout + result.stderr
    result = run_cli("test", "darklint-rules/acme-fine-print/tiny-footer", cwd=tmp_path)
    assert result.returncode == 0 and "1 fixture projects, 0 failed." in result.stdout, result.stdout + result.stderr
    shipped = ROOT / "rules" / "legal-text-small" / "wechat-cascade"
    result = run_cli("test", str(shipped), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok   legal-text-small/wechat-cascade" in result.stdout

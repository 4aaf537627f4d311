"""Generated docs stay in sync with the rule YAML: `docs/rules/<id>.md` and the README table.

When one of these fails, run `python -m lint.gendocs` and commit the result.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lint import gendocs
from lint.docs import render_markdown
from lint.rules import shipped_rules

ROOT = Path(__file__).resolve().parent.parent
FIX = "out of date: run `python -m lint.gendocs` and commit the result"


@pytest.mark.parametrize("rule_id", sorted(shipped_rules()))
def test_rule_doc_matches_its_yaml(rule_id: str) -> None:
    path = ROOT / "docs" / "rules" / f"{rule_id}.md"
    assert path.is_file(), f"{path.relative_to(ROOT)} missing: {FIX}"
    assert path.read_text(encoding="utf-8") == render_markdown(shipped_rules()[rule_id]), f"{path.name} {FIX}"


def test_no_docs_for_rules_that_do_not_exist() -> None:
    assert [p.name for p in gendocs.stale_files(ROOT, shipped_rules())] == [], FIX


def test_readme_rule_table_lists_every_rule() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split(gendocs.START, 1)[1].split(gendocs.END, 1)[0]
    assert table.strip() == gendocs.rule_table(shipped_rules()).strip(), f"README.md rule table {FIX}"
    for rule_id in shipped_rules():
        assert f"[`{rule_id}`](docs/rules/{rule_id}.md)" in table


def test_generator_repairs_drift_and_check_mode_reports_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(ROOT / "docs" / "rules", tmp_path / "docs" / "rules")
    shutil.copy(ROOT / "README.md", tmp_path / "README.md")
    monkeypatch.setattr(gendocs, "repo_root", lambda: tmp_path)
    doc = tmp_path / "docs" / "rules" / "consent-prechecked.md"
    doc.write_text(doc.read_text(encoding="utf-8").replace("Severity: `error`", "Severity: `warning`"), "utf-8")
    (tmp_path / "docs" / "rules" / "retired-rule.md").write_text("# retired-rule\n", encoding="utf-8")
    readme = tmp_path / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8").replace("| [`parse-error`]", "| [`parse_error`]"), "utf-8")

    assert gendocs.main(["--check"]) == 1
    reported = capsys.readouterr().out
    assert "docs/rules/consent-prechecked.md" in reported and "retired-rule.md (stale)" in reported
    assert "README.md" in reported

    assert gendocs.main([]) == 0
    assert gendocs.main(["--check"]) == 0
    assert doc.read_text(encoding="utf-8") == render_markdown(shipped_rules()["consent-prechecked"])
    assert not (tmp_path / "docs" / "rules" / "retired-rule.md").exists()
    assert readme.read_text(encoding="utf-8") == (ROOT / "README.md").read_text(encoding="utf-8").replace(
        (ROOT / "README.md").read_text(encoding="utf-8").split(gendocs.START)[1].split(gendocs.END)[0],
        "\n" + gendocs.rule_table(shipped_rules()))


def test_missing_markers_are_an_error() -> None:
    with pytest.raises(ValueError, match="rules-table:start"):
        gendocs.with_table("# darklint\n\nNo table here.\n", "| rule |\n")

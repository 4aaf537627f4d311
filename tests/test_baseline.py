"""Baselines on a real Android module that is edited between runs, as a legacy app would be."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.android_samples import HEAD, STRINGS
from tests.conftest import run_cli

BANNER = """
    <!-- Added in 5.3: a welcome banner above the form. -->
    <ImageView
        android:id="@+id/iv_banner"
        android:layout_width="match_parent"
        android:layout_height="120dp"
        android:src="@drawable/banner_welcome" />

    <TextView
        android:id="@+id/tv_welcome"
        android:layout_width="match_parent"
        android:layout_height="wrap_content"
        android:text="Welcome back" />
"""
LAYOUT = "app/src/main/res/layout/activity_signup.xml"


def box(ident: str, string: str, checked: str = "true") -> str:
    return f"""
    <CheckBox
        android:id="@+id/{ident}"
        android:layout_width="match_parent"
        android:layout_height="wrap_content"
        android:checked="{checked}"
        android:text="@string/{string}" />
"""


def module(tmp_path: Path, body: str) -> Path:
    res = tmp_path / "app" / "src" / "main" / "res"
    (res / "values").mkdir(parents=True, exist_ok=True)
    (res / "layout").mkdir(exist_ok=True)
    (res / "values" / "strings.xml").write_text(STRINGS, encoding="utf-8")
    (tmp_path / LAYOUT).write_text(HEAD + body + "</LinearLayout>\n", encoding="utf-8")
    return tmp_path


# Each run is its own process, as successive CI runs are: a baseline is written by one run and
# read by a later one, after the layout was edited on disk.
RUN = """
import json, sys
from pathlib import Path
from lint.runner import RunOptions, run
cwd, baseline, write = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
result = run([cwd], RunOptions(cwd=cwd, baseline=Path(baseline) if baseline else None,
                               write_baseline=Path(write) if write else None, no_cache=True, jobs=1))
print(json.dumps({"findings": [dict(f.to_dict(), identity=f.identity) for f in result.findings],
                  "baselined": result.baselined, "gone": result.baseline_gone}))
"""


@dataclass
class Result:
    findings: list[dict[str, Any]]
    baselined: int
    baseline_gone: int


def lint(tmp_path: Path, baseline: Path | None = None, write: Path | None = None, cwd: Path | None = None) -> Result:
    where = cwd or tmp_path
    completed = subprocess.run([sys.executable, "-c", RUN, str(where), str(baseline or ""), str(write or "")],
                               capture_output=True, text=True, check=True, timeout=300)
    data = json.loads(completed.stdout)
    return Result(data["findings"], data["baselined"], data["gone"])


def consent(result: Result) -> list[tuple[int, str]]:
    return [(f["line"], f["identity"]) for f in result.findings if f["rule"] == "consent-prechecked"]


def test_write_baseline_records_rule_path_identity_message_and_count(tmp_path: Path) -> None:
    module(tmp_path, box("cb_privacy", "agree_privacy") + box("cb_marketing", "marketing_opt_in"))
    completed = run_cli("check", "--write-baseline", "darklint-baseline.json", ".", cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr
    document = json.loads((tmp_path / "darklint-baseline.json").read_text(encoding="utf-8"))
    entries = document["findings"]
    assert [(e["rule"], e["path"], e["count"]) for e in entries] == [("consent-prechecked", LAYOUT, 1)] * 2
    assert {e["identity"].split("|")[0] for e in entries} == {"CheckBox#@+id/cb_privacy", "CheckBox#@+id/cb_marketing"}
    assert all("checked by default" in e["message"] for e in entries)
    assert all("line" not in e for e in entries), "lines would make the baseline brittle"


def test_inserted_lines_above_do_not_resurrect_a_baselined_finding(tmp_path: Path) -> None:
    module(tmp_path, box("cb_privacy", "agree_privacy"))
    baseline = tmp_path / "darklint-baseline.json"
    before = lint(tmp_path, write=baseline)
    module(tmp_path, BANNER + box("cb_privacy", "agree_privacy"))  # the legacy box moves down 14 lines
    after = lint(tmp_path)
    assert [i for _, i in consent(after)] == [i for _, i in consent(before)]
    assert consent(after)[0][0] == consent(before)[0][0] + BANNER.count("\n")
    filtered = lint(tmp_path, baseline=baseline)
    assert filtered.findings == []
    assert (filtered.baselined, filtered.baseline_gone) == (1, 0)


def test_new_finding_is_reported_and_fixed_one_counts_as_gone(tmp_path: Path) -> None:
    module(tmp_path, box("cb_privacy", "agree_privacy") + box("cb_marketing", "marketing_opt_in"))
    baseline = tmp_path / "darklint-baseline.json"
    lint(tmp_path, write=baseline)
    # Marketing box fixed (unchecked); a new pre-checked data-sharing box added above it.
    module(tmp_path, box("cb_privacy", "agree_privacy") + box("cb_share", "share_with_partners")
           + box("cb_marketing", "marketing_opt_in", checked="false"))
    result = lint(tmp_path, baseline=baseline)
    assert [i.split("|")[0] for _, i in consent(result)] == ["CheckBox#@+id/cb_share"]
    assert (result.baselined, result.baseline_gone) == (1, 1)


def test_entries_of_files_not_linted_are_not_gone(tmp_path: Path) -> None:
    """A pre-commit run (or a shard) lints a few files: the baseline's entries for the others still stand."""
    module(tmp_path, box("cb_privacy", "agree_privacy") + box("cb_marketing", "marketing_opt_in"))
    other = tmp_path / "app/src/main/res/layout/dialog_share.xml"
    other.write_text(HEAD + box("cb_share", "share_with_partners") + "</LinearLayout>\n", encoding="utf-8")
    baseline = tmp_path / "darklint-baseline.json"
    lint(tmp_path, write=baseline)
    completed = subprocess.run([sys.executable, "-c", RUN.replace("run([cwd]", "run([cwd / sys.argv[4]]"),
                                str(tmp_path), str(baseline), "", "app/src/main/res/layout/dialog_share.xml"],
                               capture_output=True, text=True, check=True, timeout=300)
    data = json.loads(completed.stdout)
    assert (data["findings"], data["baselined"], data["gone"]) == ([], 1, 0)


def test_entries_of_a_deleted_file_are_gone(tmp_path: Path) -> None:
    """A file deleted since the baseline was written is gone, whatever the run lints: its entries would stay."""
    module(tmp_path, box("cb_privacy", "agree_privacy"))
    other = tmp_path / "app/src/main/res/layout/dialog_share.xml"
    other.write_text(HEAD + box("cb_share", "share_with_partners") + "</LinearLayout>\n", encoding="utf-8")
    baseline = tmp_path / "darklint-baseline.json"
    lint(tmp_path, write=baseline)
    other.unlink()
    result = lint(tmp_path, baseline=baseline)
    assert (result.findings, result.baselined, result.baseline_gone) == ([], 1, 1)


def test_identical_elements_are_counted_not_collapsed(tmp_path: Path) -> None:
    twin = box("cb_agree", "agree_privacy")
    module(tmp_path, twin + twin)
    baseline = tmp_path / "darklint-baseline.json"
    lint(tmp_path, write=baseline)
    assert [e["count"] for e in json.loads(baseline.read_text(encoding="utf-8"))["findings"]] == [2]
    module(tmp_path, twin + twin + twin)
    result = lint(tmp_path, baseline=baseline)
    assert len(consent(result)) == 1 and result.baselined == 2


def test_baseline_paths_are_relative_to_the_baseline_file(tmp_path: Path) -> None:
    module(tmp_path, box("cb_privacy", "agree_privacy"))
    baseline = tmp_path / "darklint-baseline.json"
    lint(tmp_path, write=baseline)
    module(tmp_path, box("cb_privacy", "agree_privacy") + box("cb_marketing", "marketing_opt_in"))
    from_module = lint(tmp_path, baseline=baseline, cwd=tmp_path / "app")
    assert [i.split("|")[0] for _, i in consent(from_module)] == ["CheckBox#@+id/cb_marketing"]
    assert from_module.findings[0]["path"] == "src/main/res/layout/activity_signup.xml"
    assert from_module.baselined == 1


def test_cli_with_baseline_exits_zero_and_says_how_many(tmp_path: Path) -> None:
    module(tmp_path, box("cb_privacy", "agree_privacy"))
    assert run_cli("check", ".", cwd=tmp_path).returncode == 1
    run_cli("check", "--write-baseline", "darklint-baseline.json", ".", cwd=tmp_path)
    completed = run_cli("check", "--baseline", "darklint-baseline.json", ".", cwd=tmp_path)
    assert completed.returncode == 0, completed.stdout
    assert "1 finding baselined" in completed.stdout


def test_unreadable_baseline_is_a_usage_error(tmp_path: Path) -> None:
    module(tmp_path, box("cb_privacy", "agree_privacy"))
    (tmp_path / "darklint-baseline.json").write_text('{"findings": [{"rule": "consent-prechecked"}]}', "utf-8")
    completed = run_cli("check", "--baseline", "darklint-baseline.json", ".", cwd=tmp_path)
    assert completed.returncode == 2
    assert "darklint-baseline.json" in completed.stderr and "findings[0]" in completed.stderr
    missing = run_cli("check", "--baseline", "nope.json", ".", cwd=tmp_path)
    assert missing.returncode == 2 and "nope.json" in missing.stderr


def test_internal_errors_are_never_baselined_nor_filtered(tmp_path: Path, monkeypatch: Any) -> None:
    import lint.runner
    from lint.runner import RunOptions, run

    module(tmp_path, box("cb_newsletter", "newsletter_opt_in"))
    real = lint.runner._documents

    def failing(unit: Any, shown: Any, config: Any = None, reach: Any = None) -> Any:
        raise RuntimeError("frontend bug")

    monkeypatch.setattr(lint.runner, "_documents", failing)
    written = tmp_path / "baseline.json"
    result = run([tmp_path], RunOptions(cwd=tmp_path, write_baseline=written, no_cache=True, jobs=1))
    assert [f.rule for f in result.findings] == ["internal-error"]
    assert "internal-error" not in written.read_text(encoding="utf-8")
    again = run([tmp_path], RunOptions(cwd=tmp_path, baseline=written, no_cache=True, jobs=1))
    assert [f.rule for f in again.findings] == ["internal-error"] and again.internal_errors == 1
    monkeypatch.setattr(lint.runner, "_documents", real)


def test_a_partial_run_cannot_write_the_baseline(tmp_path: Path) -> None:
    """A shard's or a rule selection's findings are not the project's: the next full run would report the rest
    as new."""
    module(tmp_path, box("cb_privacy", "agree_privacy") + box("cb_marketing", "marketing_opt_in"))
    for flags in (["--shard", "1/2"], ["--select", "consent-prechecked"], ["--ignore", "legal-text-small"]):
        completed = run_cli("check", "--write-baseline", "darklint-baseline.json", *flags, ".", cwd=tmp_path)
        assert completed.returncode == 2, completed.stderr
        assert f"cannot be combined with {flags[0]}" in completed.stderr
        assert not (tmp_path / "darklint-baseline.json").exists()


def test_entries_of_rules_not_run_are_not_gone(tmp_path: Path) -> None:
    """`--select` runs a few rules: the baseline's entries for the others still stand."""
    module(tmp_path, box("cb_privacy", "agree_privacy") + box("cb_marketing", "marketing_opt_in"))
    assert run_cli("check", "--write-baseline", "darklint-baseline.json", ".", cwd=tmp_path).returncode == 0
    completed = run_cli("check", "--baseline", "darklint-baseline.json", "--select", "legal-text-small", ".",
                        cwd=tmp_path)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "gone" not in completed.stdout  # the two consent-prechecked entries were not judged
    completed = run_cli("check", "--baseline", "darklint-baseline.json", "--ignore", "consent-prechecked", ".",
                        cwd=tmp_path)
    assert "gone" not in completed.stdout
    module(tmp_path, box("cb_privacy", "agree_privacy"))  # the marketing box removed: its entry is gone
    completed = run_cli("check", "--baseline", "darklint-baseline.json", "--select", "consent-prechecked", ".",
                        cwd=tmp_path)
    assert "Baseline: 1 finding baselined, 1 baselined finding gone." in completed.stdout

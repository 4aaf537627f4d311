"""The command line as a user meets it: exit codes, formats, config errors, rules and explain."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from lint import __version__
from tests.conftest import ROOT, run_cli

SIGNUP = """<?xml version="1.0" encoding="utf-8"?>
<LinearLayout xmlns:android="http://schemas.android.com/apk/res/android"
    android:layout_width="match_parent"
    android:layout_height="wrap_content"
    android:orientation="vertical">

    <CheckBox
        android:id="@+id/cb_newsletter"
        android:layout_width="wrap_content"
        android:layout_height="wrap_content"
        android:checked="true"
        android:text="@string/newsletter_opt_in" />

    <TextView
        android:id="@+id/tv_terms"
        android:layout_width="wrap_content"
        android:layout_height="wrap_content"
        android:text="@string/terms_notice"
        android:textSize="10sp" />
</LinearLayout>
"""
STRINGS = """<resources>
    <string name="newsletter_opt_in">Send me the newsletter and special offers</string>
    <string name="terms_notice">By signing up you accept the Terms of Service</string>
</resources>
"""


def _app(tmp_path: Path) -> Path:
    res = tmp_path / "app" / "src" / "main" / "res"
    (res / "layout").mkdir(parents=True)
    (res / "values").mkdir()
    (res / "layout" / "activity_signup.xml").write_text(SIGNUP, encoding="utf-8")
    (res / "values" / "strings.xml").write_text(STRINGS, encoding="utf-8")
    return tmp_path


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"darklint {__version__}"


def test_text_output_and_exit_code_one(tmp_path: Path) -> None:
    result = run_cli("check", ".", cwd=_app(tmp_path))
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("app/src/main/res/layout/activity_signup.xml:7:5: consent-prechecked [error] ")
    assert any(": legal-text-small [warning] " in line for line in lines)
    assert lines[-1] == "Found 2 problems (1 error, 1 warning, 0 info) in 1 file."


def test_json_output_fields(tmp_path: Path) -> None:
    result = run_cli("check", "--format", "json", cwd=_app(tmp_path))
    findings = json.loads(result.stdout)
    assert [f["rule"] for f in findings] == ["consent-prechecked", "legal-text-small"]
    first = findings[0]
    assert set(first) == {
        "rule",
        "severity",
        "message",
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "fingerprint",
        "evidence",
    }
    assert first["path"] == "app/src/main/res/layout/activity_signup.xml"
    assert (first["line"], first["column"], first["end_line"], first["end_column"]) == (7, 5, 7, 14)
    notes = [e["note"] for e in first["evidence"]]
    assert 'android:checked="true"' in notes
    assert any(n.startswith("@string/newsletter_opt_in") for n in notes)
    assert {e["path"] for e in first["evidence"]} == {
        "app/src/main/res/layout/activity_signup.xml",
        "app/src/main/res/values/strings.xml",
    }


def test_fail_on_and_select_ignore(tmp_path: Path) -> None:
    app = _app(tmp_path)
    assert run_cli("check", "--fail-on", "error", "--ignore", "consent-prechecked", cwd=app).returncode == 0
    assert run_cli("check", "--fail-on", "never", cwd=app).returncode == 0
    selected = run_cli("check", "--format", "json", "--select", "legal-text-small", cwd=app)
    assert [f["rule"] for f in json.loads(selected.stdout)] == ["legal-text-small"]


def test_clean_project_exits_zero(tmp_path: Path) -> None:
    app = _app(tmp_path)
    layout = app / "app/src/main/res/layout/activity_signup.xml"
    layout.write_text(SIGNUP.replace('android:checked="true"', "").replace("10sp", "12sp"), encoding="utf-8")
    result = run_cli("check", cwd=app)
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip() == "All checks passed (1 files checked)." or "All checks passed" in result.stdout


def test_bad_severity_in_config_names_file_key_and_value(tmp_path: Path) -> None:
    app = _app(tmp_path)
    (app / ".darklint.yaml").write_text("rules:\n  consent-prechecked: fatal\n", encoding="utf-8")
    result = run_cli("check", cwd=app)
    assert result.returncode == 2
    assert ".darklint.yaml:2" in result.stderr
    assert "rules.consent-prechecked" in result.stderr
    assert "'fatal'" in result.stderr


def test_config_errors_name_the_setting_and_its_line(tmp_path: Path) -> None:
    """The setting that is wrong, with its line: not the mapping around it."""
    app = _app(tmp_path)
    cases = {
        "rules:\n  legal-text-small: {severity: fatal}\n":
            ".darklint.yaml:2: rules.legal-text-small.severity: 'fatal': expected one of off, info, warning, error",
        "rules:\n  legal-text-small:\n    options: {min_size: big}\n":
            ".darklint.yaml:3: rules.legal-text-small.options.min_size: 'big': expected a number",
        "per-file-ignores:\n  \"legacy/**\": [consent-precheked]\n":
            ".darklint.yaml:2: per-file-ignores.legacy/**: 'consent-precheked': unknown rule",
        # The mapping form with one wrong setting: that setting, not "severity" (review35 cli 5).
        "rules:\n  consent-prechecked:\n    severty: error\n":
            ".darklint.yaml:3: rules.consent-prechecked.severty: unknown key; did you mean 'severity'?",
        "rules:\n  consent-prechecked:\n    severity: error\n    ignore: \"legacy/**\"\n":
            ".darklint.yaml:4: rules.consent-prechecked.ignore: 'legacy/**': expected a list",
        "rules:\n  consent-prechecked:\n    options: 5\n":
            ".darklint.yaml:3: rules.consent-prechecked.options: 5: expected a mapping",
        "rules:\n  consent-prechecked: loud\n":
            ".darklint.yaml:2: rules.consent-prechecked: 'loud': expected one of off, info, warning, error (or a",
        "extends: [recommended, 5]\n": ".darklint.yaml:1: extends.1: 5: expected a string",
        "libraries:\n  agree-switch:\n    kind: toggle\n    checked: 5\n":
            ".darklint.yaml:4: libraries.agree-switch.checked: 5: expected a string or a list",
    }
    for config, message in cases.items():
        (app / ".darklint.yaml").write_text(config, encoding="utf-8")
        result = run_cli("check", cwd=app)
        assert result.returncode == 2 and message in result.stderr, result.stderr


def test_a_path_with_nothing_to_lint_is_named(tmp_path: Path) -> None:
    """As ruff's "No Python files found": an emptied folder or a build file alone must not pass in silence."""
    app = _app(tmp_path)
    (app / "docs").mkdir()
    (app / "docs" / "README.md").write_text("# Signup flow\n", encoding="utf-8")
    (app / "settings.gradle").write_text("include ':app'\n", encoding="utf-8")
    result = run_cli("check", "docs/", "settings.gradle", cwd=app)
    assert result.returncode == 0 and "All checks passed (0 files checked)" in result.stdout
    assert "darklint: warning: No files to lint found in docs/" in result.stderr
    assert "darklint: warning: No files to lint found in settings.gradle" in result.stderr
    layout = "app/src/main/res/layout/activity_signup.xml"
    result = run_cli("check", "docs", layout, layout, cwd=app)  # a path given twice found something both times
    assert result.returncode == 1
    assert result.stderr.count("No files to lint found") == 1 and "found in docs/" in result.stderr


def test_a_setting_written_twice_is_an_error(tmp_path: Path) -> None:
    """YAML keeps the last of a repeated key: a second `rules:` block would silently drop the first."""
    app = _app(tmp_path)
    (app / ".darklint.yaml").write_text("rules:\n  consent-prechecked: error\nexclude: [build/**]\n"
                                        "rules:\n  legal-text-small: off\n", encoding="utf-8")
    result = run_cli("check", cwd=app)
    assert result.returncode == 2
    assert ".darklint.yaml:4: rules: duplicate key (first at line 1)" in result.stderr
    (app / ".darklint.yaml").write_text("rules:\n  legal-text-small:\n    severity: error\n"
                                        "    options: {min_size: 12}\n    severity: off\n", encoding="utf-8")
    result = run_cli("check", cwd=app)
    assert ".darklint.yaml:5: rules.legal-text-small.severity: duplicate key (first at line 3)" in result.stderr


def test_a_glob_that_cannot_match_is_an_error(tmp_path: Path) -> None:
    """pathspec reads `legacy/[` as a pattern that matches nothing: the exclude or ignore would silently not apply."""
    app = _app(tmp_path)
    cases = {
        "per-file-ignores:\n  \"app/src/[\": [consent-prechecked]\n":
            ".darklint.yaml:2: per-file-ignores: 'app/src/[': not a valid glob: a '[' is not closed",
        "exclude:\n  - \"build/**\"\n  - \"[abc\"\n": ".darklint.yaml:1: exclude: '[abc': not a valid glob",
        "rules:\n  consent-prechecked:\n    ignore: [\"[\"]\n":
            ".darklint.yaml:3: rules.consent-prechecked.ignore: '[': not a valid glob",
        "exclude: [\"!\"]\n": ".darklint.yaml:1: exclude: '!': not a valid glob",  # raised mid-run before
        # A reversed range: pathspec's expression does not compile (a traceback, exit 1, before)
        "exclude: [\"pages/[z-a]*\"]\n": ".darklint.yaml:1: exclude: 'pages/[z-a]*': not a valid glob: bad character",
        "per-file-ignores:\n  \"[9-0]*.xml\": [consent-prechecked]\n":
            ".darklint.yaml:2: per-file-ignores: '[9-0]*.xml': not a valid glob: bad character range 9-0",
    }
    for config, message in cases.items():
        (app / ".darklint.yaml").write_text(config, encoding="utf-8")
        result = run_cli("check", cwd=app)
        assert result.returncode == 2 and message in result.stderr, result.stderr
    (app / ".darklint.yaml").write_text("exclude: [\"build/**\", \"!build/keep/**\", \"x\\\\[1\\\\].xml\"]\n",
                                        encoding="utf-8")
    assert run_cli("check", cwd=app).returncode == 1  # negations and escaped brackets are fine


def test_unknown_uniapp_platform_names_file_key_and_value(tmp_path: Path) -> None:
    app = _app(tmp_path)
    (app / ".darklint.yaml").write_text("uniapp-platforms: [MP-WEIXIN, APP-PLUS]\nexclude: []\n"
                                        "# the App and the WeChat build\n", encoding="utf-8")
    assert run_cli("check", cwd=app).returncode == 1  # valid: the layout's findings
    (app / ".darklint.yaml").write_text("uniapp-platforms: [MP-WEIXN]\n", encoding="utf-8")
    result = run_cli("check", cwd=app)
    assert result.returncode == 2
    assert ".darklint.yaml:1: uniapp-platforms.0: 'MP-WEIXN'" in result.stderr
    assert "did you mean 'MP-WEIXIN'" in result.stderr
    (app / ".darklint.yaml").write_text("uniapp-platforms: [h5]\n", encoding="utf-8")
    assert "did you mean 'H5'" in run_cli("check", cwd=app).stderr


def test_unknown_rule_in_config_suggests_the_near_miss(tmp_path: Path) -> None:
    app = _app(tmp_path)
    (app / ".darklint.yaml").write_text("rules:\n  consent-precheck: error\n", encoding="utf-8")
    result = run_cli("check", cwd=app)
    assert result.returncode == 2
    assert "did you mean 'consent-prechecked'" in result.stderr


def test_config_options_ignore_and_extends_strict(tmp_path: Path) -> None:
    app = _app(tmp_path)
    (app / ".darklint.yaml").write_text(
        "extends: strict\nrules:\n  consent-prechecked:\n    ignore: ['app/src/main/res/layout/*.xml']\n",
        encoding="utf-8",
    )
    findings = json.loads(run_cli("check", "--format", "json", cwd=app).stdout)
    assert [(f["rule"], f["severity"]) for f in findings] == [("legal-text-small", "error")]


def test_config_found_by_walking_up_from_each_file(tmp_path: Path) -> None:
    app = _app(tmp_path)
    (app / "app" / ".darklint.yaml").write_text(
        "rules:\n  legal-text-small: {options: {min_size: 9}}\n", encoding="utf-8"
    )
    findings = json.loads(run_cli("check", "--format", "json", cwd=app).stdout)
    assert [f["rule"] for f in findings] == ["consent-prechecked"]


def test_bad_option_type_is_a_config_error(tmp_path: Path) -> None:
    app = _app(tmp_path)
    (app / ".darklint.yaml").write_text("rules:\n  legal-text-small: {options: {min_size: big}}\n", encoding="utf-8")
    result = run_cli("check", cwd=app)
    assert result.returncode == 2
    assert "rules.legal-text-small.options.min_size" in result.stderr and "'big'" in result.stderr


def test_rules_and_explain() -> None:
    listing = run_cli("rules")
    assert listing.returncode == 0
    assert "consent-prechecked" in listing.stdout and "error" in listing.stdout
    explained = run_cli("explain", "consent-prechecked")
    assert explained.returncode == 0
    assert "Why this is a dark pattern" in explained.stdout and "Planet49" in explained.stdout
    assert "## Bad" in explained.stdout and "## Good" in explained.stdout
    assert run_cli("explain", "no-such-rule").returncode == 2


def test_the_suppressing_snippet_explain_prints_is_a_config_that_works(tmp_path: Path) -> None:
    """`explain` printed `consent-prechecked: off` as if it were a top-level key (exit 2 when pasted); a rule id at
    the top level now says where it goes, and a shipped rule is explained even beside that broken config."""
    app = _app(tmp_path)
    explained = run_cli("explain", "consent-prechecked", cwd=app).stdout
    snippet = explained.split("```yaml\n", 1)[1].split("```", 1)[0]
    (app / ".darklint.yaml").write_text(snippet, encoding="utf-8")
    found = json.loads(run_cli("check", "--format", "json", cwd=app).stdout)
    assert found and "consent-prechecked" not in {f["rule"] for f in found}
    (app / ".darklint.yaml").write_text("consent-prechecked: off\n", encoding="utf-8")
    broken = run_cli("check", cwd=app)
    assert broken.returncode == 2 and "goes under `rules:`" in broken.stderr, broken.stderr
    assert run_cli("explain", "legal-text-small", cwd=app).returncode == 0
    assert "per-file-ignores" in run_cli("explain", "parse-error", cwd=app).stdout  # a file has no element


def test_select_on_the_command_line_enables_a_rule_the_config_turns_off(tmp_path: Path) -> None:
    app = _app(tmp_path)
    (app / ".darklint.yaml").write_text("rules:\n  consent-prechecked: off\n", encoding="utf-8")
    assert "consent-prechecked" not in {f["rule"] for f in json.loads(run_cli("check", "--format", "json",
                                                                                cwd=app).stdout)}
    selected = json.loads(run_cli("check", "--format", "json", "--select", "consent-prechecked", cwd=app).stdout)
    assert [f["rule"] for f in selected] == ["consent-prechecked"]
    (app / ".darklint.yaml").write_text("extends: []\n", encoding="utf-8")
    nothing = run_cli("check", cwd=app)
    assert nothing.returncode == 0 and "no rules are enabled" in nothing.stderr, nothing.stderr


def test_cli_conventions_other_linters_have(tmp_path: Path) -> None:
    """`-o -` is standard output; `--exit-zero` as ruff's; a baseline's folder is made; a misspelt rule is named."""
    app = _app(tmp_path)
    dashed = run_cli("check", "--format", "json", "-o", "-", cwd=app)
    assert json.loads(dashed.stdout) and not (app / "-").exists()
    assert run_cli("check", "--exit-zero", cwd=app).returncode == 0
    assert run_cli("check", "--write-baseline", "baselines/darklint.json", cwd=app).returncode == 0
    assert (app / "baselines/darklint.json").is_file()
    typo = run_cli("check", "--select", "legal-text-smal", cwd=app)
    assert typo.returncode == 2 and "did you mean 'legal-text-small'?" in typo.stderr


def test_a_crash_of_darklint_itself_exits_2_not_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Exit 1 means findings: a CI job or a hook must not read a traceback as a lint failure of the code."""
    import lint.runner
    from lint.cli import main

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(lint.runner, "run", broken)
    monkeypatch.setattr(sys, "argv", ["darklint", "check", str(_app(tmp_path))])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 2
    assert "internal error (RuntimeError)" in capsys.readouterr().err


def test_gitignore_and_vendor_folders_are_skipped(tmp_path: Path) -> None:
    app = _app(tmp_path)
    (app / ".gitignore").write_text("generated/\n", encoding="utf-8")
    for folder in ("generated", "node_modules/pkg", "build"):
        target = app / folder / "src/main/res"
        (target / "layout").mkdir(parents=True)
        (target / "layout" / "x.xml").write_text(SIGNUP, encoding="utf-8")
    findings = json.loads(run_cli("check", "--format", "json", cwd=app).stdout)
    assert {f["path"] for f in findings} == {"app/src/main/res/layout/activity_signup.xml"}


def test_gitignore_lines_git_skips_are_skipped_not_fatal(tmp_path: Path) -> None:
    """git reads past `!`, a Windows-style `bin\\` or a reversed range; pathspec raises on them (a traceback, exit 1,
    no report, before): the other lines still apply."""
    app = _app(tmp_path)
    (app / ".gitignore").write_text("!\nbin\\\nfoo[b-a]\ngenerated/\n", encoding="utf-8")
    target = app / "generated/src/main/res/layout"
    target.mkdir(parents=True)
    (target / "x.xml").write_text(SIGNUP, encoding="utf-8")
    result = run_cli("check", "--format", "json", cwd=app)
    assert result.returncode == 1, result.stderr
    assert {f["path"] for f in json.loads(result.stdout)} == {"app/src/main/res/layout/activity_signup.xml"}


def test_broken_file_is_a_parse_error_and_others_still_linted(tmp_path: Path) -> None:
    app = _app(tmp_path)
    (app / "app/src/main/res/layout/broken.xml").write_text("<LinearLayout>\n  <CheckBox>\n</LinearLayout>\n")
    findings = json.loads(run_cli("check", "--format", "json", cwd=app).stdout)
    rules = [(f["rule"], f["path"].rsplit("/", 1)[-1]) for f in findings]
    assert ("parse-error", "broken.xml") in rules
    assert ("consent-prechecked", "activity_signup.xml") in rules


def test_examples_report_every_core_rule_on_xml_and_wxml() -> None:
    findings = json.loads(run_cli("check", "--format", "json", "examples", cwd=ROOT).stdout)
    for rule in ("consent-prechecked", "terms-link-hidden", "legal-text-small"):
        suffixes = {Path(f["path"]).suffix for f in findings if f["rule"] == rule}
        assert {".xml", ".wxml"} <= suffixes, f"{rule} fires on {suffixes}"


def test_a_run_that_finds_only_build_output_says_what_it_skipped(tmp_path: Path) -> None:
    # A component library published to npm ships its pages in dist/ (lin-ui, iview-weapp): skipped as build
    # output, so a run on the package found nothing and said nothing.
    dist = tmp_path / "package" / "dist" / "checkbox"
    dist.mkdir(parents=True)
    (dist / "index.wxml").write_text('<label class="l-checkbox"><checkbox checked="{{checked}}"/><slot/></label>\n')
    (dist / "index.json").write_text('{"component": true}\n')
    result = run_cli("check", "--no-cache", "package", cwd=tmp_path)
    assert result.returncode == 0
    assert "0 files checked" in result.stdout
    assert "nothing to lint: skipped dist/" in result.stderr
    named = run_cli("check", "--no-cache", "package/dist", cwd=tmp_path)
    assert "1 file checked" in named.stdout and "skipped" not in named.stderr


def test_a_relative_path_inside_the_project_finds_its_context(tmp_path: Path) -> None:
    """`darklint check .` in `res/layout` (or a layout named alone) still finds `res/values`."""
    layouts = _app(tmp_path) / "app" / "src" / "main" / "res" / "layout"
    for given in (".", "activity_signup.xml"):
        result = run_cli("check", given, cwd=layouts)
        assert result.returncode == 1, result.stderr
        assert result.stdout.startswith("activity_signup.xml:7:5: consent-prechecked [error] ")
        assert "Send me the newsletter" in result.stdout


def test_output_into_a_folder_not_made_yet(tmp_path: Path) -> None:
    result = run_cli("check", "--format", "sarif", "-o", "reports/ci/darklint.sarif", ".", cwd=_app(tmp_path))
    assert result.returncode == 1, result.stderr
    assert json.loads((tmp_path / "reports/ci/darklint.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_a_path_that_does_not_exist_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("check", "app/src/mian", cwd=_app(tmp_path))
    assert result.returncode == 2
    assert "app/src/mian: no such file or directory" in result.stderr


def test_bare_off_in_yaml_turns_a_rule_off(tmp_path: Path) -> None:
    """`terms-link-hidden: off` as the docs write it: YAML 1.1 reads a bare off as false."""
    app = _app(tmp_path)
    (app / ".darklint.yaml").write_text("rules:\n  legal-text-small: off\n  consent-prechecked: {severity: on}\n",
                                        encoding="utf-8")
    result = run_cli("check", "--format", "json", cwd=app)
    assert result.returncode == 1, result.stderr
    assert [f["rule"] for f in json.loads(result.stdout)] == ["consent-prechecked"]


def test_config_errors_name_the_file_that_holds_the_setting(tmp_path: Path) -> None:
    app = _app(tmp_path)
    (app / "base.yaml").write_text("rules:\n  legal-text-small: {options: {min_size: -1}}\n", encoding="utf-8")
    (app / ".darklint.yaml").write_text("extends: ./base.yaml\n", encoding="utf-8")
    result = run_cli("check", cwd=app)
    assert result.returncode == 2
    assert "base.yaml:2: rules.legal-text-small.options.min_size: -1: expected a number >= 0" in result.stderr
    (app / "base.yaml").write_text("rules:\n  legal-txt-small: warning\n", encoding="utf-8")
    result = run_cli("check", cwd=app)
    assert "base.yaml:2: rules.legal-txt-small: unknown rule; did you mean 'legal-text-small'?" in result.stderr


def test_extended_files_fold_in_order_each_setting_only_what_it_names(tmp_path: Path) -> None:
    """`extends: [strict, ci/shared.yaml]`: the shared file sets `exclude` only, so strict's severities and an
    earlier file's `max-file-size` stand (a file `extends:` names does not bring `recommended` along)."""
    app = _app(tmp_path)
    (app / "ci").mkdir()
    (app / "ci" / "shared.yaml").write_text("exclude: ['build/**']\n", encoding="utf-8")
    (app / "ci" / "size.yaml").write_text("max-file-size: 20\n", encoding="utf-8")
    (app / ".darklint.yaml").write_text("extends: [strict, ci/shared.yaml]\n", encoding="utf-8")
    findings = json.loads(run_cli("check", "--format", "json", cwd=app).stdout)
    assert ("legal-text-small", "error") in [(f["rule"], f["severity"]) for f in findings]
    (app / ".darklint.yaml").write_text("extends: [ci/size.yaml, ci/shared.yaml]\n", encoding="utf-8")
    findings = json.loads(run_cli("check", "--format", "json", cwd=app).stdout)
    assert {f["rule"] for f in findings} == {"file-skipped"}  # both files exceed 20 bytes
    # The found config still starts from `recommended`: its severities without an `extends:`.
    (app / ".darklint.yaml").write_text("exclude: ['build/**']\n", encoding="utf-8")
    findings = json.loads(run_cli("check", "--format", "json", cwd=app).stdout)
    assert ("legal-text-small", "warning") in [(f["rule"], f["severity"]) for f in findings]


def test_a_shared_file_without_extends_starts_from_recommended_and_on_turns_a_rule_back_on(tmp_path: Path) -> None:
    """`extends: ci/darklint.yaml`, a shared file that only sets `exclude`: as the first layer it starts from
    `recommended` (as it does given with `--config`), so the project is linted; a rule it turns off comes back
    with `on` in the config (YAML reads `on` as true)."""
    app = _app(tmp_path)
    (app / "ci").mkdir()
    (app / "ci" / "darklint.yaml").write_text("exclude: ['build/**']\n", encoding="utf-8")
    (app / ".darklint.yaml").write_text("extends: ci/darklint.yaml\n", encoding="utf-8")
    findings = json.loads(run_cli("check", "--format", "json", cwd=app).stdout)
    assert {f["rule"] for f in findings} == {"consent-prechecked", "legal-text-small"}
    (app / "ci" / "darklint.yaml").write_text("rules:\n  consent-prechecked: off\n", encoding="utf-8")
    findings = json.loads(run_cli("check", "--format", "json", cwd=app).stdout)
    assert {f["rule"] for f in findings} == {"legal-text-small"}
    (app / ".darklint.yaml").write_text("extends: ci/darklint.yaml\nrules:\n  consent-prechecked: on\n",
                                        encoding="utf-8")
    findings = json.loads(run_cli("check", "--format", "json", cwd=app).stdout)
    assert ("consent-prechecked", "error") in [(f["rule"], f["severity"]) for f in findings]


def test_a_bad_pattern_names_the_file_that_wrote_it(tmp_path: Path) -> None:
    app = _app(tmp_path)
    (app / "ci").mkdir()
    (app / "ci" / "shared.yaml").write_text("lexicons:\n  consent: {patterns: ['(a+)+$']}\n", encoding="utf-8")
    (app / ".darklint.yaml").write_text("extends: ci/shared.yaml\nlexicons:\n  consent: {add: [sign me up]}\n",
                                        encoding="utf-8")
    result = run_cli("check", cwd=app)
    assert result.returncode == 2
    assert f"{app / 'ci' / 'shared.yaml'}:2: lexicons.consent.patterns: " in result.stderr


@pytest.mark.parametrize(("base", "error"), [
    ("rules:\n  legal-text-small: {options: {min_siz: 14}}\n",
     "base.yaml:2: rules.legal-text-small.options.min_siz: 14: unknown option; did you mean 'min_size'?"),
    ("lexicons:\n  documnets: {add: [Nutzungsbedingungen]}\n",
     "base.yaml:2: lexicons.documnets: unknown lexicon; did you mean 'documents'?"),
    ("lexicons:\n  documents: {patterns: ['(a|ab)*c']}\n", "base.yaml:2: lexicons.documents.patterns: "),
    ("per-file-ignores:\n  'app/**': [legal-text-smal]\n",
     "base.yaml:2: per-file-ignores.app/**: 'legal-text-smal': unknown rule"),
], ids=["option", "lexicon", "pattern", "per-file-ignores"])
def test_an_error_in_an_extended_file_names_that_file(tmp_path: Path, base: str, error: str) -> None:
    """The config that extends it names the same rule (`legal-text-small: warning`): the error is still where the
    bad value is written."""
    app = _app(tmp_path)
    (app / "ci").mkdir()
    (app / "ci" / "base.yaml").write_text(base, encoding="utf-8")
    (app / ".darklint.yaml").write_text("extends: ci/base.yaml\nrules:\n  legal-text-small: warning\n",
                                        encoding="utf-8")
    result = run_cli("check", cwd=app)
    assert result.returncode == 2
    assert f"{app / 'ci' / error}" in result.stderr


def test_an_extends_cycle_names_the_file_that_closes_it(tmp_path: Path) -> None:
    app = _app(tmp_path)
    (app / "ci").mkdir()
    (app / "ci" / "b.yaml").write_text("extends: ../.darklint.yaml\n", encoding="utf-8")
    (app / ".darklint.yaml").write_text("extends: ci/b.yaml\n", encoding="utf-8")
    result = run_cli("check", cwd=app)
    assert result.returncode == 2
    assert f"{app / 'ci' / 'b.yaml'}:1: extends: " in result.stderr
    assert "closes a cycle (.darklint.yaml -> b.yaml -> .darklint.yaml)" in result.stderr


def test_misspelt_rule_ids_and_folders_in_config_are_errors(tmp_path: Path) -> None:
    app = _app(tmp_path)
    (app / ".darklint.yaml").write_text("per-file-ignores:\n  'app/**': [consent-precheckd]\n", encoding="utf-8")
    result = run_cli("check", cwd=app)
    assert result.returncode == 2
    assert "per-file-ignores.app/**: 'consent-precheckd': unknown rule; did you mean 'consent-prechecked'?" in \
        result.stderr
    (app / ".darklint.yaml").write_text("custom-rules: [lint-rules/]\n", encoding="utf-8")
    result = run_cli("check", cwd=app)
    assert result.returncode == 2 and "custom-rules" in result.stderr and "no such folder" in result.stderr


def test_select_still_reports_files_that_cannot_be_read(tmp_path: Path) -> None:
    app = _app(tmp_path)
    broken = app / "app" / "src" / "main" / "res" / "layout" / "activity_broken.xml"
    broken.write_text("<LinearLayout>\n  <TextView android:text=\"x\"\n</LinearLayout>\n", encoding="utf-8")
    rules = {f["rule"] for f in json.loads(run_cli("check", "--format", "json", "--select", "legal-text-small",
                                                   cwd=app).stdout)}
    assert rules == {"legal-text-small", "parse-error"}
    rules = {f["rule"] for f in json.loads(run_cli("check", "--format", "json", "--select", "legal-text-small",
                                                   "--ignore", "parse-error", cwd=app).stdout)}
    assert rules == {"legal-text-small"}


def test_a_context_file_given_alone_lints_what_reads_it(tmp_path: Path) -> None:
    """A pre-commit run stages `app.wxss` or an Activity only: the pages and layouts they affect are linted."""
    import shutil

    shutil.copytree(ROOT / "examples", tmp_path / "ex")
    wechat = tmp_path / "ex" / "wechat-miniprogram"
    whole = json.loads(run_cli("check", "--format", "json", "ex/wechat-miniprogram", cwd=tmp_path).stdout)
    for staged in ("app.wxss", "app.json"):
        alone = json.loads(run_cli("check", "--format", "json", f"ex/wechat-miniprogram/{staged}",
                                   cwd=tmp_path).stdout)
        assert alone == whole, staged
    assert (wechat / "app.wxss").is_file()
    # Taro's global sheet, in a project with only its build config (config/index.js) and no app.config
    taro = json.loads(run_cli("check", "--format", "json", "ex/taro", cwd=tmp_path).stdout)
    alone = json.loads(run_cli("check", "--format", "json", "ex/taro/src/app.scss", cwd=tmp_path).stdout)
    assert taro and alone == taro
    assert not list((tmp_path / "ex" / "taro" / "src").glob("app.config.*"))
    fragment = next((tmp_path / "ex").rglob("LoginFragment.kt"))
    found = json.loads(run_cli("check", "--format", "json", str(fragment.relative_to(tmp_path)),
                               cwd=tmp_path).stdout)
    assert found and {f["path"].rsplit("/", 1)[-1] for f in found} == {"fragment_login.xml"}


def test_a_context_file_outside_a_mini_program_or_uni_app_stands_for_nothing(tmp_path: Path) -> None:
    """A Vue web app's `App.vue` and a Expo/Heroku `app.json` are not uni-app's nor a mini-program's."""
    web = tmp_path / "web" / "src"
    (web / "components").mkdir(parents=True)
    (web / "App.vue").write_text("<template><SignupForm /></template>\n", encoding="utf-8")
    (web / "style.css").write_text("body { margin: 0; }\n", encoding="utf-8")
    (web / "components" / "SignupForm.vue").write_text(
        '<template><p style="font-size: 10px">I agree to the Terms of Service</p></template>\n', encoding="utf-8")
    (tmp_path / "expo").mkdir()
    (tmp_path / "expo" / "app.json").write_text('{"expo": {"name": "shop"}}\n', encoding="utf-8")
    (tmp_path / "expo" / "global.css").write_text("@tailwind base;\n", encoding="utf-8")
    for staged in ("web/src/style.css", "expo/app.json", "expo/global.css"):
        result = run_cli("check", staged, cwd=tmp_path)
        assert result.returncode == 0 and "(0 files checked)" in result.stdout, (staged, result.stdout)


def test_show_source_decodes_the_file_as_it_was_linted(tmp_path: Path) -> None:
    """Older Chinese projects save GBK: the code frame shows the text, not mojibake."""
    page = tmp_path / "pages" / "a"
    page.mkdir(parents=True)
    (tmp_path / "app.json").write_text('{"pages": ["pages/a/a"]}', encoding="utf-8")
    (page / "a.js").write_text("Page({ data: { agree: true } })\n", encoding="utf-8")
    (page / "a.wxml").write_bytes('<view>\n  <checkbox checked="{{agree}}"/><text>我已阅读并同意《用户协议》</text>\n'
                                  '</view>\n'.encode("gbk"))
    result = run_cli("check", "--show-source", ".", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert '2 |   <checkbox checked="{{agree}}"/><text>我已阅读并同意《用户协议》</text>' in result.stdout


def test_globs_of_a_config_named_with_config_are_relative_to_the_working_directory(tmp_path: Path) -> None:
    """A shared `ci/darklint.yaml`: `exclude` and `per-file-ignores` anchored alike (they were not: one against the
    config's folder, the other against the working directory)."""
    import shutil

    app = tmp_path / "app"
    shutil.copytree(ROOT / "examples" / "wechat-miniprogram", app)
    (app / "ci").mkdir()
    (app / "ci" / "darklint.yaml").write_text(
        'exclude: ["pages/vip/**"]\nper-file-ignores:\n  "pages/register/*.wxml": [consent-prechecked]\n',
        encoding="utf-8")
    found = json.loads(run_cli("check", "--no-cache", "--format", "json", "--config", "ci/darklint.yaml", ".",
                               cwd=app).stdout)
    paths = {(f["path"], f["rule"]) for f in found}
    assert not any(path.startswith("pages/vip/") for path, _ in paths)
    assert ("pages/register/register.wxml", "consent-prechecked") not in paths
    assert ("pages/register/register.wxml", "terms-link-hidden") in paths


def test_statistics_with_a_code_review_format_says_it_reports_findings(tmp_path: Path) -> None:
    app = _app(tmp_path)
    result = run_cli("check", "--statistics", "--format", "sarif", cwd=app)
    assert result.returncode == 1 and json.loads(result.stdout)["runs"][0]["results"]
    assert "--statistics applies to the text and json formats, not sarif" in result.stderr
    assert "warning" not in run_cli("check", "--statistics", "--format", "json", cwd=app).stderr

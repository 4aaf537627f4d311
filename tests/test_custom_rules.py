"""A project's own rules (`custom-rules:`): loaded beside the shipped pack, and every mistake in one is a
configuration error (exit code 2, naming the file, the key and the value) before any page is linted."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

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


@pytest.mark.parametrize(("select", "line", "error"), [
    ("  kind: toggle\n  font_size: {lt: abc}\n", 9,
     "select.font_size.lt: 'abc': expected a number"),
    ("  kind: toggle\n  checked: {in: true}\n", 9, "select.checked.in: True: expected a list of values"),
    ("  kind: [toggle, 3]\n", 8, "select.kind: ['toggle', 3]: expected a node kind or a list of them"),
    ("  kind: toggle\n  not:\n    any:\n      - disabled: true\n      - label: {matches: [lexicon:consnt]}\n", 12,
     "select.not.any.1.label.matches: 'lexicon:consnt': unknown lexicon"),
    ("  kind: toggle\n  label: {matches: {consent: true}}\n", 9,
     "select.label.matches: {'consent': True}: expected a lexicon name or a list of them"),
    # Values the fact never holds: each would load and never report.
    ("  kind: toggle\n  checked: 'true'\n", 9, "select.checked: 'true': checked holds true or false"),
    ("  kind: text\n  visible: gone\n", 9, "select.visible: 'gone': visible holds true or false"),
    ("  kind: toggle\n  checked: null\n", 9, "select.checked: null never matches; test an unknown checked "
                                             "with {is: unknown}"),
    ("  kind: text\n  font_size: {in: [small, 10]}\n", 9, "select.font_size.in: 'small': font_size holds a number"),
    ("  kind: text\n  text: {lt: 12}\n", 9, "select.text.lt: 12: text holds text: `lt` compares numbers"),
    ("  kind: toggle\n  checked: {matches: lexicon:consent}\n", 9, "select.checked.matches: 'lexicon:consent': "
                                                                     "checked holds true or false, not text"),
    ("  kind: []\n", 8, "select.kind: []: expected a node kind or a list of them"),
    ("  kind: toggle\n  any: []\n", 9, "select.any: []: expected a list of selectors"),
], ids=["lt-text", "in-scalar", "kind-number", "nested-lexicon", "matches-mapping", "checked-string",
        "visible-word", "checked-null", "size-word", "text-compared", "checked-matched", "no-kinds", "no-alternatives"])
def test_a_selector_that_cannot_be_evaluated_is_a_config_error(app: Path, select: str, line: int, error: str) -> None:
    path = _rule(app, SWITCH_ON.split("select:")[0] + "select:\n" + select)
    result = run_cli("check", ".", cwd=app)
    assert result.returncode == 2
    assert result.stdout == ""  # not an internal error on every page, with the shipped rules' findings lost
    assert f"{path}:{line}: {error}" in result.stderr


def test_a_custom_rule_that_is_off_is_still_checked(app: Path) -> None:
    path = _rule(app, SWITCH_ON.replace("checked: true", "font_size: {gte: twelve}"))
    (app / ".darklint.yaml").write_text("custom-rules: [lint-rules/]\nrules:\n  switch-on: off\n", encoding="utf-8")
    result = run_cli("check", ".", cwd=app)
    assert result.returncode == 2 and f"{path}:9: select.font_size.gte: 'twelve': expected a number" in result.stderr


@pytest.mark.parametrize(("text", "error"), [
    (SWITCH_ON.replace("select:", "selector:"), ":7: selector: unknown key; did you mean 'select'?"),
    (SWITCH_ON.replace("checked: true", "checkd: true"),
     ":9: select.checkd: True: unknown fact; did you mean 'checked'?"),
    (SWITCH_ON.split("select:")[0], ": select: missing; a custom rule needs id, category, summary, message, select"),
    (SWITCH_ON.replace("category: preselection\n", ""), ": category: missing; a custom rule needs"),
    (SWITCH_ON.replace("summary: A switch is on by default\n", ""), ": summary: missing; a custom rule needs"),
    (SWITCH_ON.replace("id: switch-on", 'id: "Switch On!"'),
     ":1: id: 'Switch On!': expected lower-case words joined by hyphens"),
    (SWITCH_ON.replace("id: switch-on", "id: consent-prechecked"),
     ":1: id: 'consent-prechecked': this id is taken (by a shipped rule); choose another"),
    (SWITCH_ON.replace("severity: warning", "severity: fatal"),
     ":3: severity: 'fatal': expected one of info, warning, error"),
    (SWITCH_ON + "builtin: true\n", ":10: builtin: unknown key; reserved for the shipped rules"),
    (SWITCH_ON + "options:\n  min_size: {type: number, default: 12}\n",
     ":11: options.min_size.description: missing; min_size needs type, default, description"),
], ids=["selector", "misspelt-fact", "no-select", "no-category", "no-summary", "bad-id", "builtin-id",
        "bad-severity", "builtin-flag", "option-without-description"])
def test_a_rule_file_is_checked_against_the_rule_schema(app: Path, text: str, error: str) -> None:
    path = _rule(app, text)
    result = run_cli("check", ".", cwd=app)
    assert result.returncode == 2 and result.stdout == ""
    assert f"{path}{error}" in result.stderr


def test_an_empty_selector_is_an_error(app: Path) -> None:
    path = _rule(app, SWITCH_ON.split("select:")[0] + "select: {}\n")
    result = run_cli("check", ".", cwd=app)
    assert result.returncode == 2
    assert f"{path}:7: select: {{}}: an empty selector; name a kind or a fact to test" in result.stderr


def test_rule_files_ending_in_yml_are_read(app: Path) -> None:
    _rule(app, SWITCH_ON, "switch-on.yml")
    result = run_cli("check", "--format", "json", "--select", "switch-on", ".", cwd=app)
    assert result.returncode == 1, result.stderr
    assert {f["rule"] for f in json.loads(result.stdout)} == {"switch-on"}


def test_custom_rules_naming_a_file_says_to_name_its_folder(app: Path) -> None:
    path = _rule(app, SWITCH_ON)
    (app / ".darklint.yaml").write_text("custom-rules: [lint-rules/switch-on.yaml]\n", encoding="utf-8")
    result = run_cli("check", ".", cwd=app)
    assert result.returncode == 2
    assert f"custom-rules: '{path}': is a file; name the folder that holds your rule files" in result.stderr


def test_a_team_lexicon_a_custom_rule_names(app: Path) -> None:
    """A word list of the team's own (`acme-plans`) is a new lexicon when a rule's `matches` names it; one no rule
    names is a misspelling (of a shipped lexicon, or of the one the rule names)."""
    (app / ".darklint.yaml").write_text(
        "custom-rules: [lint-rules/]\nlexicons:\n  acme-plans: {add: [连续包月, 开通会员]}\n", encoding="utf-8")
    _rule(app, SWITCH_ON.replace("  checked: true\n", "  checked: true\n  label: {matches: lexicon:acme-plans}\n"))
    result = run_cli("check", "--format", "json", "--select", "switch-on", ".", cwd=app)
    assert result.returncode == 1, result.stderr
    labels = [f["message"] for f in json.loads(result.stdout)]
    assert labels and all("连续包月" in m or "开通会员" in m for m in labels), labels
    (app / ".darklint.yaml").write_text(
        "custom-rules: [lint-rules/]\nlexicons:\n  acme-plan: {add: [连续包月]}\n", encoding="utf-8")
    result = run_cli("check", ".", cwd=app)
    assert result.returncode == 2
    assert "lexicons.acme-plan: unknown lexicon" in result.stderr


def test_two_rule_files_with_one_id_are_an_error(app: Path) -> None:
    first = _rule(app, SWITCH_ON)
    second = _rule(app, SWITCH_ON.replace("kind: toggle", "kind: [toggle, button]"), "switch-or-button-on.yaml")
    result = run_cli("check", ".", cwd=app)
    assert result.returncode == 2
    assert f"{second}:1: id: 'switch-on': this id is taken (also in {first}); choose another" in result.stderr


def test_every_fact_the_frontends_set_can_be_selected(monkeypatch: pytest.MonkeyPatch) -> None:
    """`model.FACTS` is what a selector may name: a fact a frontend sets outside it could never be tested."""
    import lint.engine as engine
    from lint.model import FACTS
    from lint.runner import RunOptions, run

    seen: set[str] = set()
    evaluate = engine._evaluate_document

    def spy(doc: Any, rules: Any, by_kind: Any) -> Any:
        for root in doc.roots:
            for node in root.walk():
                node.settle()
                seen.update(node.facts)
        return evaluate(doc, rules, by_kind)

    monkeypatch.setattr(engine, "_evaluate_document", spy)
    for example in sorted(p for p in (ROOT / "examples").iterdir() if p.is_dir()):
        run([example], RunOptions(cwd=example, jobs=1, no_cache=True))
    assert {"checked", "font_size", "label", "text", "visible"} <= seen
    assert seen <= set(FACTS)


def test_custom_rules_of_an_extended_config_are_kept_relative_to_it(app: Path) -> None:
    """A team's shared config (`../shared/darklint.yaml`) brings its rules, found beside it, to every app."""
    shared = app.parent / "shared"
    (shared / "rules").mkdir(parents=True)
    (shared / "rules" / "switch-on.yaml").write_text(SWITCH_ON, encoding="utf-8")
    (shared / "darklint.yaml").write_text("custom-rules: [rules/]\n", encoding="utf-8")
    (app / ".darklint.yaml").write_text("extends: ../shared/darklint.yaml\n", encoding="utf-8")
    result = run_cli("check", "--format", "json", "--select", "switch-on", ".", cwd=app)
    assert result.returncode == 1, result.stderr
    assert {f["rule"] for f in json.loads(result.stdout)} == {"switch-on"}
    # Naming the same folder again (as a path from the app) adds no second copy of its rules.
    (app / ".darklint.yaml").write_text("extends: ../shared/darklint.yaml\ncustom-rules: [../shared/rules]\n",
                                        encoding="utf-8")
    assert run_cli("check", "--select", "switch-on", ".", cwd=app).returncode == 1


def test_a_rule_file_that_repeats_a_key_is_an_error(app: Path) -> None:
    path = _rule(app, SWITCH_ON + "select:\n  kind: button\n")  # the second select would replace the first
    result = run_cli("check", ".", cwd=app)
    assert result.returncode == 2 and f"{path}:10: select: duplicate key (first at line 7)" in result.stderr


@pytest.mark.parametrize(("message", "error"), [
    ("'{nofield} on'", "message: '{nofield} on': unknown placeholder {nofield}; "
                       "known: {background_color}, {checked}, {contrast}, {disabled}"),
    ("'\"{lable}\" is on'", "message: '\"{lable}\" is on': unknown placeholder {lable}; did you mean {label}?"),
    ("'\"{label\" is on'", "not a valid message template (expected '}' before end of string); write {{ or }}"),
    ("'{font_size:.1f}px'", "not a valid message template (Unknown format code 'f'"),
], ids=["unknown", "misspelt", "unclosed", "number-format"])
def test_a_message_placeholder_no_finding_fills_is_an_error(app: Path, message: str, error: str) -> None:
    path = _rule(app, SWITCH_ON.replace("""message: '"{label}" is on by default'""", f"message: {message}"))
    result = run_cli("check", ".", cwd=app)
    assert result.returncode == 2 and result.stdout == ""
    assert f"{path}:6: message: " in result.stderr and error in result.stderr


def test_a_message_quotes_facts_reasons_the_tag_and_options(app: Path) -> None:
    _rule(app, SWITCH_ON.replace("""message: '"{label}" is on by default'""",
                                 "message: '<{tag}> \"{label}\" is on ({checked_reason}); {advice}; "
                                 "checked: {checked}'")
          + "options:\n  advice:\n    type: string\n    default: start it off\n    description: what to do\n")
    result = run_cli("check", "--format", "json", "--select", "switch-on", ".", cwd=app)
    messages = {f["message"] for f in json.loads(result.stdout)}
    assert '<switch> "订单发货提醒" is on (checked="{{orderNotify}}"); start it off; checked: true' in messages, \
        messages
    assert not any("?" in m for m in messages)


def test_rules_and_explain_show_the_configured_custom_rules(app: Path) -> None:
    _rule(app, SWITCH_ON)
    listed = run_cli("rules", cwd=app / "pages")  # the config that applies here, found walking up
    assert listed.returncode == 0, listed.stderr
    assert "switch-on           warning  A switch is on by default" in listed.stdout
    assert "consent-prechecked" in listed.stdout
    explained = run_cli("explain", "switch-on", cwd=app)
    assert explained.returncode == 0, explained.stderr
    assert explained.stdout.startswith("# switch-on\n\n**A switch is on by default**")
    assert "Settings switches should start off" in explained.stdout
    elsewhere = run_cli("explain", "switch-on", "--config", str(app / ".darklint.yaml"), cwd=app.parent)
    assert elsewhere.returncode == 0 and "# switch-on" in elsewhere.stdout
    assert "switch-on" not in run_cli("rules", cwd=app.parent).stdout  # no config there: the shipped rules
    _rule(app, SWITCH_ON.replace("select:", "selector:"))
    broken = run_cli("explain", "switch-on", cwd=app)
    assert broken.returncode == 2 and "selector: unknown key; did you mean 'select'?" in broken.stderr


def test_a_terse_rule_loads_without_the_shipped_docs_lengths(app: Path) -> None:
    # The shipped pack's 10-character summary and 40-character description feed its generated pages; a team's
    # debugging rule need not meet them.
    _rule(app, "id: toggle-dump\ncategory: preselection\nsummary: dump\ndescription: every toggle\n"
               "message: 'DUMP {label} {checked}'\nselect:\n  kind: toggle\n", "toggle-dump.yaml")
    result = run_cli("check", "--format", "json", ".", cwd=app)
    assert result.returncode == 1, result.stderr
    assert any(f["rule"] == "toggle-dump" for f in json.loads(result.stdout))


def test_rules_and_explain_refuse_a_rule_check_would_refuse(app: Path) -> None:
    """A selector naming a lexicon that does not exist: `check` exits 2, so `rules` and `explain` must not list the
    rule as fine."""
    path = _rule(app, SWITCH_ON.replace("  checked: true\n", "  checked: true\n  label: {matches: lexicon:acme}\n"))
    for args in (("rules",), ("explain", "switch-on")):
        result = run_cli(*args, cwd=app)
        assert result.returncode == 2, args
        assert f"{path}:10: select.label.matches: 'lexicon:acme': unknown lexicon" in result.stderr


def test_options_stand_for_plain_values_and_for_lexicons(app: Path) -> None:
    """`label: $caption` compares with the option's value (it was compared with the text "$caption" and never
    matched); a team lexicon named only through an option's default is a lexicon a rule names."""
    _rule(app, SWITCH_ON.replace("  checked: true\n", "  checked: true\n  label: {matches: $words}\n")
          + "options:\n  words: {type: array, default: [acme-plans], description: Words of our plans.}\n")
    (app / ".darklint.yaml").write_text(
        "custom-rules: [lint-rules/]\nlexicons:\n  acme-plans: {add: [连续包月]}\n", encoding="utf-8")
    result = run_cli("check", "--format", "json", "--select", "switch-on", ".", cwd=app)
    assert result.returncode == 1, result.stderr
    labels = [f["message"] for f in json.loads(result.stdout)]
    assert labels and all("连续包月" in m for m in labels), labels
    (app / "lint-rules" / "switch-on.yaml").unlink()
    (app / ".darklint.yaml").write_text("custom-rules: [lint-rules/]\n", encoding="utf-8")
    vip = labels[0].split('"')[1]
    _rule(app, SWITCH_ON.replace("  checked: true\n", "  checked: true\n  label: $caption\n")
          + f"options:\n  caption: {{type: string, default: '{vip}', description: The caption.}}\n")
    result = run_cli("check", "--format", "json", "--select", "switch-on", ".", cwd=app)
    assert result.returncode == 1, result.stderr
    assert [f["message"] for f in json.loads(result.stdout)] == [labels[0]]


def test_a_value_that_only_starts_with_a_dollar_is_itself(app: Path) -> None:
    """`text: "$0.99 首月"` (a price) is the text; only `$name` names an option."""
    _rule(app, SWITCH_ON.replace("  checked: true\n", "  checked: true\n  label: '$0.99 首月'\n"))
    result = run_cli("check", "--select", "switch-on", ".", cwd=app)
    assert result.returncode == 0, result.stderr

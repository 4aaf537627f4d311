"""Meta-tests: rules, schemas, lexicons, presets and fixtures stay consistent without a registry."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from lint.config import load_config
from lint.engine import activate
from lint.lexicon import from_data
from lint.rules import load_yaml, preset_names, preset_path, shipped_lexicons, shipped_rules
from lint.ruletest import collect

RULES = Path(__file__).resolve().parent.parent / "rules"
RULE_FILES = sorted(RULES.glob("*.yaml"))


def _schema(name: str) -> dict[str, object]:
    return json.loads((RULES / "schema" / name).read_text(encoding="utf-8"))


def test_schemas_are_valid_json_schema() -> None:
    for name in ("rule.schema.json", "config.schema.json"):
        jsonschema.Draft202012Validator.check_schema(_schema(name))


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.stem)
def test_rule_file_matches_schema_and_name(path: Path) -> None:
    data = load_yaml(path)
    jsonschema.validate(data, _schema("rule.schema.json"))
    assert data["id"] == path.stem, "a rule's file is named after its id"


#: Rules whose findings no fixture can produce, each with the reason and where it is tested instead.
NO_FIXTURE = {
    # Reachable only through a bug in darklint; a way for input to trigger it on purpose would be a
    # back door. tests/test_hostile_isolation.py injects a failing frontend instead.
    "internal-error": "an unexpected exception in a frontend",
    # Judged only against other rules' findings in the same run, while the harness selects one rule at
    # a time; tests/test_suppress.py covers it on real layouts and pages.
    "unused-suppression": "needs other rules' findings in the same run",
}
NO_EXPECT = {
    # Needs a file above max-file-size; the fixture harness runs with the recommended preset (10 MB),
    # and a 10 MB fixture must not ship in the wheel. tests/test_hostile_inputs.py covers it.
    "file-skipped": "a file above the 10 MB default limit",
}


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.stem)
def test_every_rule_has_fixtures_with_both_kinds_of_marker(path: Path) -> None:
    rule_id = path.stem
    if rule_id in NO_FIXTURE:
        assert not (RULES / rule_id).is_dir(), f"{rule_id} has fixtures now: drop its NO_FIXTURE exemption"
        return
    projects = [p for p in (RULES / rule_id).glob("*") if p.is_dir()] if (RULES / rule_id).is_dir() else []
    assert projects, f"rules/{rule_id}/ has no fixture projects"
    marks = [m for project in projects for m in collect(project) if m.rule == rule_id]
    has_expect = rule_id in NO_EXPECT or any(m.kind == "expect" for m in marks)
    assert has_expect, f"{rule_id}: no `expect` marker in its fixtures"
    assert any(m.kind == "ok" for m in marks), f"{rule_id}: no `ok` marker (a case that must stay silent)"


def test_every_selector_compiles_with_the_shipped_lexicons() -> None:
    lexicons = {k: from_data(v) for k, v in shipped_lexicons().items()}
    for rule in shipped_rules().values():
        if rule.select is not None:
            assert activate(rule, rule.info.severity, {}, lexicons).matcher is not None


def test_lexicons_cover_english_and_both_chinese_scripts() -> None:
    for lexicon_id, data in shipped_lexicons().items():
        languages = set(data.get("words", {}))
        assert {"en", "zh-Hans", "zh-Hant"} <= languages, f"lexicon {lexicon_id} lacks a language"


@pytest.mark.parametrize("name", preset_names())
def test_presets_load_and_name_only_real_rules(name: str) -> None:
    config = load_config(preset_path(name))
    unknown = set(config.rules) - set(shipped_rules())
    assert not unknown, f"preset {name} names unknown rules {unknown}"


def test_recommended_enables_the_three_core_checks() -> None:
    config = load_config(preset_path("recommended"))
    assert {"consent-prechecked", "terms-link-hidden", "legal-text-small"} <= set(config.rules)

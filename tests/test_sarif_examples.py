"""End to end: the SARIF darklint writes for the example apps validates against the OASIS schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import ROOT, run_cli

SCHEMA = ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json"
SHARED = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"


def test_examples_sarif_validates_and_carries_every_finding(tmp_path: Path) -> None:
    out = tmp_path / "darklint.sarif"
    result = run_cli("check", "--no-cache", "--format", "sarif", "--output", str(out), "examples", cwd=ROOT)
    assert result.returncode == 1, result.stderr
    log = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    expected = json.loads(run_cli("check", "--no-cache", "--format", "json", "examples", cwd=ROOT).stdout)
    results = log["runs"][0]["results"]
    assert len(results) == len(expected)
    rules = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    for res, finding in zip(results, expected, strict=True):
        assert res["ruleId"] == finding["rule"] and rules[res["ruleIndex"]] == finding["rule"]
        region = res["locations"][0]["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"]) == (finding["line"], finding["column"])
        assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert "primaryLocationLineHash" in res["partialFingerprints"]
    # Code scanning makes one alert of results with the same rule, path and partial fingerprints: two findings on
    # one line (the login fragment's <include> hides two links) must stay two.
    identities = [(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                   tuple(sorted(r["partialFingerprints"].items()))) for r in results]
    assert len(set(identities)) == len(identities)
    lines = [(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
              r["partialFingerprints"]["primaryLocationLineHash"]) for r in results]
    assert len(set(lines)) < len(lines)  # the examples do have such a line


@pytest.mark.skipif(not SHARED.is_file(), reason="the team's shared/ folder is not beside this checkout")
def test_vendored_schema_matches_shared_copy() -> None:
    assert SCHEMA.read_bytes() == SHARED.read_bytes()

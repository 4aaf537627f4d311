"""Every output format, checked by parsing what it prints.

The findings are what darklint reports on two small apps: an Android sign-up screen with a
pre-checked marketing CheckBox, and a WeChat login page whose consent checkbox is pre-checked
next to tiny Chinese text.  The WeChat message carries Chinese, ``%``, ``,``, ``:`` and a
newline, the characters every format has to escape differently.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path

import jsonschema  # type: ignore[import-untyped, unused-ignore]
import pytest

from lint.finding import Evidence, Finding, RuleInfo
from lint.report import FORMAT_NAMES, ReportContext, render

#: The OASIS SARIF 2.1.0 schema (errata01), copied from the team's shared/schemas so the suite runs on any
#: machine; tests/test_sarif_examples.py checks the copy still equals shared/ where that folder exists.
SARIF_SCHEMA = Path(__file__).resolve().parent / "schemas" / "sarif-schema-2.1.0.json"

LAYOUT = "app/src/main/res/layout/activity_signup.xml"
STRINGS = "app/src/main/res/values/strings.xml"
LOGIN = "pages/login/login.wxml"
VIP = "pages/vip/vip.wxml"

LAYOUT_TEXT = """\
<?xml version="1.0" encoding="utf-8"?>
<LinearLayout xmlns:android="http://schemas.android.com/apk/res/android"
    android:layout_width="match_parent"
    android:layout_height="match_parent"
    android:orientation="vertical">

    <CheckBox
        android:id="@+id/marketing_opt_in"
        android:layout_width="wrap_content"
        android:layout_height="wrap_content"
        android:checked="true"
        android:text="@string/marketing_consent" />
</LinearLayout>
"""
# The <text> comes before the checkbox so the flagged attribute sits behind wide characters.
LOGIN_LINE = '    <text class="tiny">同意《隐私政策》</text><checkbox value="agree" checked="{{true}}"/>'
LOGIN_TEXT = f"""\
<view class="agreement">
  <checkbox-group bindchange="onAgree">
{LOGIN_LINE}
  </checkbox-group>
</view>
"""
VIP_TEXT = """\
<view class="vip">
  <button bindtap="subscribe">立即开通</button>
  <text class="fine-print">到期自动续费，可随时取消</text>
</view>
"""
SOURCES = {LAYOUT: LAYOUT_TEXT, LOGIN: LOGIN_TEXT, VIP: VIP_TEXT}
WECHAT_MESSAGE = "复选框默认勾选: 同意《隐私政策》, 100% 预选\n须由用户主动勾选"

RULES: Mapping[str, RuleInfo] = {
    "consent-prechecked": RuleInfo(
        id="consent-prechecked",
        severity="error",
        summary="Consent control is checked by default",
        category="preselection",
        description="Consent must be an explicit opt-in; a pre-ticked box is not consent.",
        tags=("consent", "gdpr"),
        docs_markdown="## consent-prechecked\n\nSee CJEU C-673/17 *Planet49*.",
        fix="Set the control's initial checked state to false.",
    ),
    "consent-text-tiny": RuleInfo(
        id="consent-text-tiny",
        severity="warning",
        summary="Consent text is too small to read",
        category="visual-interference",
    ),
    "auto-renew-disclosure": RuleInfo(
        id="auto-renew-disclosure",
        severity="info",
        summary="Auto-renewal is disclosed only in fine print",
        category="hidden-costs",
    ),
}


def _column_of(line: str, needle: str) -> int:
    return line.index(needle) + 1  # the fixtures are BMP-only, so UTF-16 == code points


def make_findings() -> list[Finding]:
    layout_line = LAYOUT_TEXT.splitlines()[10]
    checked_col = _column_of(layout_line, 'android:checked="true"')
    login_checked = _column_of(LOGIN_LINE, 'checked="{{true}}"')
    login_text = _column_of(LOGIN_LINE, "<text")
    vip_line = VIP_TEXT.splitlines()[2]
    return [
        Finding(
            rule="consent-prechecked",
            severity="error",
            message='"Send me offers and news" is checked by default; consent must be an explicit opt-in',
            path=LAYOUT,
            line=11,
            column=checked_col,
            end_line=11,
            end_column=checked_col + len('android:checked="true"'),
            fingerprint="5d41402abc4b2a76b9719d911017c592",
            evidence=(
                Evidence(LAYOUT, 11, 'android:checked="true"'),
                Evidence(
                    STRINGS,
                    4,
                    'label "Send me offers and news" from @string/marketing_consent',
                ),
            ),
        ),
        Finding(
            rule="consent-text-tiny",
            severity="warning",
            message="Consent text is 10px (minimum 12px)",
            path=LOGIN,
            line=3,
            column=login_text,
            end_line=3,
            end_column=LOGIN_LINE.index("<checkbox") + 1,
            fingerprint="7d793037a0760186574b0282f2f435e7",
            evidence=(Evidence("app.wxss", 12, ".tiny { font-size: 20rpx }"),),
        ),
        Finding(
            rule="consent-prechecked",
            severity="error",
            message=WECHAT_MESSAGE,
            path=LOGIN,
            line=3,
            column=login_checked,
            end_line=3,
            end_column=login_checked + len('checked="{{true}}"'),
            fingerprint="e4d909c290d0fb1ca068ffaddf22cbd0",
        ),
        Finding(
            rule="auto-renew-disclosure",
            severity="info",
            message="Auto-renewal is only mentioned in fine print",
            path=VIP,
            line=3,
            column=_column_of(vip_line, "<text"),
            end_line=3,
            end_column=len(vip_line) + 1,
            fingerprint="1f3870be274f6c49b3e31a0c6728957f",
        ),
    ]


def make_ctx(**overrides: object) -> ReportContext:
    settings: dict[str, object] = {
        "tool_version": "0.3.0.dev1",
        "rules": RULES,
        "sources": SOURCES.get,
        "files_checked": 7,
    }
    settings.update(overrides)
    return ReportContext(**settings)  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", FORMAT_NAMES)
def test_every_format_ends_with_one_newline(fmt: str) -> None:
    for findings in (make_findings(), []):
        output = render(fmt, findings, make_ctx())
        assert output.endswith("\n") and not output.endswith("\n\n")


def test_json_round_trips_findings_in_order() -> None:
    findings = make_findings()
    output = render("json", findings, make_ctx())
    assert "同意《隐私政策》" in output  # not \u-escaped
    assert [Finding.from_dict(item) for item in json.loads(output)] == findings


# --- SARIF ----------------------------------------------------------------------------


def _sarif(findings: list[Finding], **overrides: object) -> dict[str, object]:
    log = json.loads(render("sarif", findings, make_ctx(**overrides)))
    jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    assert isinstance(log, dict)
    return log


def test_sarif_validates_and_describes_every_enabled_rule() -> None:
    run = _sarif(make_findings())["runs"][0]  # type: ignore[index]
    driver = run["tool"]["driver"]
    assert driver["name"] == "darklint"
    assert driver["version"] == "0.3.0.dev1"
    assert driver["semanticVersion"] == "0.3.0-dev1"
    assert run["columnKind"] == "utf16CodeUnits"
    assert [rule["id"] for rule in driver["rules"]] == sorted(RULES)
    prechecked = next(r for r in driver["rules"] if r["id"] == "consent-prechecked")
    assert prechecked["name"] == "ConsentPrechecked"
    assert prechecked["defaultConfiguration"]["level"] == "error"
    assert prechecked["help"]["markdown"].startswith("## consent-prechecked")
    assert prechecked["properties"]["tags"] == ["consent", "gdpr", "preselection"]
    renew = next(r for r in driver["rules"] if r["id"] == "auto-renew-disclosure")
    assert renew["defaultConfiguration"]["level"] == "note"
    assert renew["fullDescription"]["text"] == renew["shortDescription"]["text"]


def test_sarif_results_point_at_the_right_rule_region_and_level() -> None:
    findings = make_findings()
    run = _sarif(findings)["runs"][0]  # type: ignore[index]
    rules = run["tool"]["driver"]["rules"]
    assert len(run["results"]) == len(findings)
    for result, finding in zip(run["results"], findings, strict=True):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == finding.rule
        region = result["locations"][0]["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"]) == (
            finding.line,
            finding.column,
        )
        assert (region["endLine"], region["endColumn"]) == (
            finding.end_line,
            finding.end_column,
        )
        assert result["fingerprints"] == {"darklint/v1": finding.fingerprint}
    assert [r["level"] for r in run["results"]] == ["error", "warning", "error", "note"]
    wechat = run["results"][2]
    assert wechat["message"]["text"] == WECHAT_MESSAGE
    # The checkbox sits behind eight CJK characters: still UTF-16 columns, not bytes.
    assert wechat["locations"][0]["physicalLocation"]["region"]["startColumn"] == (
        LOGIN_LINE.index('checked="{{true}}"') + 1
    )
    related = run["results"][0]["relatedLocations"]
    assert [
        (r["id"], r["physicalLocation"]["artifactLocation"]["uri"]) for r in related
    ] == [
        (1, LAYOUT),
        (2, STRINGS),
    ]
    assert related[1]["physicalLocation"]["region"] == {"startLine": 4}
    assert related[1]["message"]["text"].startswith('label "Send me offers')


def _line_hash(path: str, text: str, line: int) -> str:
    finding = Finding("consent-prechecked", "error", "m", path, line, 9, line, 31)
    run = _sarif([finding], sources={path: text}.get)["runs"][0]  # type: ignore[index]
    value = run["results"][0]["partialFingerprints"]["primaryLocationLineHash"]
    assert isinstance(value, str)
    return value


def test_sarif_line_hash_follows_content_not_line_number() -> None:
    moved = "<!-- Sign-up screen, see DESIGN-142 -->\n\n" + LAYOUT_TEXT
    assert _line_hash(LAYOUT, LAYOUT_TEXT, 11) == _line_hash(LAYOUT, moved, 13)
    assert _line_hash(LAYOUT, LAYOUT_TEXT, 11) != _line_hash(LAYOUT, LAYOUT_TEXT, 12)
    edited = LAYOUT_TEXT.replace('android:checked="true"', 'android:checked="false"')
    assert _line_hash(LAYOUT, LAYOUT_TEXT, 11) != _line_hash(LAYOUT, edited, 11)


def test_sarif_omits_line_hash_without_source_and_encodes_uris() -> None:
    finding = Finding(
        "auto-renew-disclosure", "info", "m", "pages/会员/vip page.wxml", 3, 3, 3, 9
    )
    result = _sarif([finding], sources=lambda path: None)["runs"][0]["results"][0]  # type: ignore[index]
    assert "partialFingerprints" not in result
    location = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {
        "uri": "pages/%E4%BC%9A%E5%91%98/vip%20page.wxml",
        "uriBaseId": "%SRCROOT%",
    }


def test_sarif_gives_a_file_outside_the_working_folder_an_absolute_uri() -> None:
    """`cd app && darklint check ../mini` shows such a file by its absolute path: as a reference under %SRCROOT%
    it named no file GitHub could find."""
    finding = Finding("consent-prechecked", "error", "m", "/work/shop/mini/pages/登录/login.wxml", 3, 3, 3, 9)
    result = _sarif([finding], sources=lambda path: None)["runs"][0]["results"][0]  # type: ignore[index]
    location = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "file:///work/shop/mini/pages/%E7%99%BB%E5%BD%95/login.wxml"}


def test_sarif_describes_rules_that_findings_name_but_the_run_did_not_list() -> None:
    parse_error = Finding("parse-error", "error", "unclosed tag", LOGIN, 2, 1, 2, 5)
    run = _sarif([parse_error])["runs"][0]  # type: ignore[index]
    rules = run["tool"]["driver"]["rules"]
    assert rules[run["results"][0]["ruleIndex"]]["id"] == "parse-error"
    assert run["results"][0]["level"] == "error"


# --- text -----------------------------------------------------------------------------


def test_text_lists_findings_evidence_and_summary() -> None:
    lines = render("text", make_findings(), make_ctx()).splitlines()
    assert lines[0] == (
        f"{LAYOUT}:11:9: consent-prechecked [error] "
        '"Send me offers and news" is checked by default; consent must be an explicit opt-in'
    )
    assert lines[1] == f'    = {LAYOUT}:11: android:checked="true"'
    assert lines[2].startswith(f"    = {STRINGS}:4: label")
    assert f"{LOGIN}:3:63: consent-prechecked [error] 复选框默认勾选" in lines[5]
    assert lines[-1] == "Found 4 problems (2 errors, 1 warning, 1 info) in 3 files."
    assert "\x1b[" not in "\n".join(lines)


def test_text_summary_uses_singular_and_reports_baseline() -> None:
    one = render("text", make_findings()[:1], make_ctx(baselined=1, baseline_gone=3))
    assert one.splitlines()[-2:] == [
        "Found 1 problem (1 error, 0 warnings, 0 info) in 1 file.",
        "Baseline: 1 finding baselined, 3 baselined findings gone.",
    ]
    assert (
        render("text", [], make_ctx(files_checked=1))
        == "All checks passed (1 file checked).\n"
    )
    assert (
        render("text", [], make_ctx(files_checked=12))
        == "All checks passed (12 files checked).\n"
    )


def test_text_statistics_counts_per_rule_most_frequent_first() -> None:
    output = render("text", make_findings(), make_ctx(statistics=True))
    assert output.splitlines() == [
        "2\tconsent-prechecked\t[error]",
        "1\tauto-renew-disclosure\t[info]",
        "1\tconsent-text-tiny\t[warning]",
        "Found 4 problems (2 errors, 1 warning, 1 info) in 3 files.",
    ]


def test_text_code_frame_underlines_the_attribute_behind_cjk_text() -> None:
    wechat = make_findings()[2]
    frame = render("text", [wechat], make_ctx(show_source=True)).splitlines()
    source = next(line for line in frame if line.startswith("3 | "))
    carets = frame[frame.index(source) + 1]
    assert source == f"3 | {LOGIN_LINE}"
    start = carets.index("^")
    # "同意《隐私政策》" is eight double-width characters: the carets move right by 8 cells.
    prefix = LOGIN_LINE[: LOGIN_LINE.index('checked="{{true}}"')]
    assert start - len("3 | ") == len(prefix) + 8
    assert carets[start:] == "^" * len('checked="{{true}}"')


def test_text_code_frame_of_a_minified_line_is_a_window_around_the_finding() -> None:
    """One finding in a 100 KB one-line template printed all of it; now 80 characters either side."""
    line = '<view class="pad">x</view>' * 4000 + '<checkbox checked="{{true}}"/>' + "<view/>" * 4000
    column = line.index("checked") + 1
    finding = Finding("consent-prechecked", "error", "m", "pages/min/min.wxml", 1, column, 1, column + 18)
    frame = render("text", [finding], make_ctx(show_source=True, sources=lambda path: line)).splitlines()
    source = next(row for row in frame if row.startswith("1 | "))
    carets = frame[frame.index(source) + 1]
    assert len(source) < 300 and source.startswith("1 | …") and source.endswith("…")
    assert source[carets.index("^"):][:18] == 'checked="{{true}}"' and carets.count("^") == 18


def test_text_code_frame_is_skipped_when_source_is_unknown_and_colour_is_opt_in() -> (
    None
):
    android = make_findings()[:1]
    plain = render(
        "text", android, make_ctx(show_source=True, sources=lambda path: None)
    )
    assert " | " not in plain
    coloured = render("text", android, make_ctx(show_source=True, color=True))
    assert "\x1b[31m" in coloured and coloured.count("^") == len(
        'android:checked="true"'
    )


# --- GitHub Actions ---------------------------------------------------------------------


def test_github_commands_are_escaped_like_actions_core() -> None:
    lines = render("github", make_findings(), make_ctx()).splitlines()
    column = LOGIN_LINE.index('checked="{{true}}"') + 1
    assert lines[2] == (
        f"::error file=pages/login/login.wxml,line=3,col={column},endLine=3,"
        f"endColumn={column + 18},title=darklint (consent-prechecked)::"
        "复选框默认勾选: 同意《隐私政策》, 100%25 预选%0A须由用户主动勾选"
    )
    assert lines[1].startswith("::warning file=pages/login/login.wxml,")
    assert lines[3].startswith("::notice file=pages/vip/vip.wxml,")
    assert lines[0].endswith(
        f'%0A  = {STRINGS}:4: label "Send me offers and news" from @string/marketing_consent'
    )
    assert lines[-1] == "Found 4 problems (2 errors, 1 warning, 1 info) in 3 files."


def test_github_escapes_property_values_and_drops_columns_across_lines() -> None:
    odd = Finding(
        "consent-prechecked", "warning", "50%\r\nsee: x", "a,b:c%.wxml", 4, 2, 6, 1
    )
    command = render("github", [odd], make_ctx()).splitlines()[0]
    assert command == (
        "::warning file=a%2Cb%3Ac%25.wxml,line=4,endLine=6,title=darklint (consent-prechecked)"
        "::50%25%0D%0Asee: x"
    )


# --- GitLab Code Quality ----------------------------------------------------------------


def test_gitlab_issues_have_unique_stable_fingerprints() -> None:
    findings = make_findings()
    twin = Finding(
        **{**findings[2].to_dict(), "evidence": (), "column": 1}
    )  # same fingerprint
    findings.append(twin)
    first = json.loads(render("gitlab", findings, make_ctx()))
    again = json.loads(render("gitlab", list(findings), make_ctx()))
    prints = [issue["fingerprint"] for issue in first]
    assert len(set(prints)) == len(findings)
    assert prints == [issue["fingerprint"] for issue in again]
    # The fingerprint ignores line numbers: the same finding moved keeps its identity.
    moved = Finding(
        **{**findings[0].to_dict(), "evidence": (), "line": 40, "end_line": 40}
    )
    assert (
        json.loads(render("gitlab", [moved], make_ctx()))[0]["fingerprint"] == prints[0]
    )


def test_gitlab_issue_fields() -> None:
    output = render("gitlab", make_findings(), make_ctx())
    assert not output.startswith("\ufeff") and "同意《隐私政策》" in output
    issues = json.loads(output)
    assert [issue["severity"] for issue in issues] == [
        "major",
        "minor",
        "major",
        "info",
    ]
    wechat = issues[2]
    assert wechat["description"] == f"consent-prechecked: {WECHAT_MESSAGE}"
    assert wechat["check_name"] == "consent-prechecked"
    assert wechat["location"] == {"path": LOGIN, "lines": {"begin": 3, "end": 3}}
    assert all(issue["categories"] for issue in issues)


# --- checkstyle and JUnit ---------------------------------------------------------------


def test_checkstyle_groups_by_file_and_keeps_messages_intact() -> None:
    output = render("checkstyle", make_findings(), make_ctx())
    assert output.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(output.encode("utf-8"))
    assert root.tag == "checkstyle"
    files = root.findall("file")
    assert [f.get("name") for f in files] == [LAYOUT, LOGIN, VIP]
    assert [len(f.findall("error")) for f in files] == [1, 2, 1]
    wechat = files[1].findall("error")[1]
    assert wechat.get("message") == WECHAT_MESSAGE  # the newline survives as &#10;
    assert (wechat.get("line"), wechat.get("severity")) == ("3", "error")
    assert wechat.get("source") == "darklint.consent-prechecked"
    assert files[0].find("error").get("message").startswith('"Send me offers')  # type: ignore[union-attr]


def test_xml_formats_survive_markup_and_control_characters_in_messages() -> None:
    nasty = Finding(
        "consent-text-tiny", "info", 'a < b && "c" \x07 ]]>', "p/<x>.wxml", 1, 1, 1, 2
    )
    for fmt in ("checkstyle", "junit"):
        root = ET.fromstring(render(fmt, [nasty], make_ctx()).encode("utf-8"))
        messages = [el.get("message") for el in root.iter() if el.get("message")]
        assert messages and all('a < b && "c"' in str(m) for m in messages)


def test_text_and_github_never_pass_control_characters_from_a_file_on() -> None:
    """A label or path from a hostile file must not clear the terminal or set its title (ESC, OSC, BEL)."""
    hostile = "接收营销短信\x1b[2J\x1b]0;pwned\x07 红包"
    finding = Finding("consent-prechecked", "error", f'"{hostile}" is checked by default', "p/a\x1b[1m.wxml", 3, 5,
                      3, 9, evidence=(Evidence("p/a.js", 2, f"label {hostile}\r"),))
    for fmt in ("text", "github"):
        out = render(fmt, [finding], make_ctx())
        assert not any(c in out for c in "\x1b\x07\r"), fmt
        assert "\ufffd[2J" in out and "红包" in out
    assert "\n      " not in render("text", [finding], make_ctx()).split("\n")[0]


def test_junit_has_one_failing_case_per_finding_grouped_by_file() -> None:
    """Jenkins and Azure DevOps show a case's first failure only; GitLab keeps the first of equal names."""
    findings = make_findings()
    twin = findings[0]
    findings = [*findings, Finding(twin.rule, twin.severity, "another link on the same <include>", twin.path,
                                   twin.line, twin.column, twin.end_line, twin.end_column, fingerprint="f2")]
    root = ET.fromstring(render("junit", findings, make_ctx()).encode("utf-8"))
    suite = root.find("testsuite")
    assert suite is not None and suite.get("name") == "darklint"
    cases = suite.findall("testcase")
    assert len(cases) == len(findings) and all(len(case.findall("failure")) == 1 for case in cases)
    assert suite.get("tests") == str(len(cases)) and suite.get("failures") == str(len(cases))
    assert suite.get("errors") == "0"
    assert len({case.get("name") for case in cases}) == len(cases)
    assert [case.get("classname") for case in cases] == [f.path for f in findings]
    column = LOGIN_LINE.index('checked="{{true}}"') + 1
    failure = cases[2].find("failure")
    assert failure is not None and cases[2].get("name") == f"consent-prechecked at {LOGIN}:3:{column}"
    assert (failure.text or "").startswith(f"{LOGIN}:3:{column} consent-prechecked 复选框")
    assert failure.get("message") == f"consent-prechecked: {WECHAT_MESSAGE}"


def test_junit_without_findings_is_one_passing_test() -> None:
    root = ET.fromstring(render("junit", [], make_ctx()).encode("utf-8"))
    suite = root.find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures")) == ("1", "0")
    [case] = suite.findall("testcase")
    assert case.get("name") == "darklint" and len(case) == 0


# --- reviewdog rdjson -------------------------------------------------------------------


def test_rdjson_columns_are_utf8_bytes_and_fix_hint_is_in_the_message() -> None:
    result = json.loads(render("rdjson", make_findings(), make_ctx()))
    assert result["source"]["name"] == "darklint"
    diagnostics = result["diagnostics"]
    assert [d["severity"] for d in diagnostics] == ["ERROR", "WARNING", "ERROR", "INFO"]
    wechat = diagnostics[2]
    assert wechat["code"] == {"value": "consent-prechecked"}
    prefix = LOGIN_LINE[: LOGIN_LINE.index('checked="{{true}}"')]
    start = len(prefix.encode("utf-8")) + 1
    assert wechat["location"] == {
        "path": LOGIN,
        "range": {
            "start": {"line": 3, "column": start},
            "end": {"line": 3, "column": start + len('checked="{{true}}"')},
        },
    }
    assert wechat["message"].startswith(WECHAT_MESSAGE)
    assert wechat["message"].endswith(
        "Fix: Set the control's initial checked state to false."
    )
    assert "suggestions" not in wechat
    assert (
        diagnostics[1]["message"] == "Consent text is 10px (minimum 12px)"
    )  # no fix hint


def test_rdjson_falls_back_to_whole_lines_without_source() -> None:
    result = json.loads(
        render("rdjson", make_findings()[2:3], make_ctx(sources=lambda p: None))
    )
    assert result["diagnostics"][0]["location"]["range"] == {
        "start": {"line": 3},
        "end": {"line": 3},
    }


def test_json_statistics_counts_per_rule_as_ruff_does() -> None:
    counted = json.loads(render("json", make_findings(), make_ctx(statistics=True)))
    assert counted and all(set(item) == {"rule", "count", "severity"} for item in counted)
    assert [item["count"] for item in counted] == sorted((item["count"] for item in counted), reverse=True)
    assert sum(item["count"] for item in counted) == len(make_findings())

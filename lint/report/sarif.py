"""SARIF 2.1.0 for GitHub code scanning and other SARIF consumers.

Written to satisfy both the OASIS schema and GitHub's upload checks: relative URIs under
``%SRCROOT%``, one rule descriptor per enabled rule (sorted, so ``ruleIndex`` is stable),
UTF-16 columns declared via ``columnKind``, and ``primaryLocationLineHash`` computed the
way codeql-action does so alerts keep their identity when unrelated lines move.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from lint.finding import Finding, RuleInfo

from . import ReportContext
from ._linehash import line_hashes

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/darklint/darklint"
FINGERPRINT_KEY = "darklint/v1"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render(findings: Sequence[Finding], ctx: ReportContext) -> str:
    rules = _rule_table(findings, ctx)
    rule_index = {rule.id: index for index, rule in enumerate(rules)}
    hashes: dict[str, dict[int, str] | None] = {}
    results = [
        _result(finding, rule_index, _hashes_for(finding.path, ctx, hashes))
        for finding in findings
    ]
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "darklint",
                        "informationUri": INFORMATION_URI,
                        "version": ctx.tool_version,
                        "semanticVersion": semantic_version(ctx.tool_version),
                        "rules": [_descriptor(rule) for rule in rules],
                    }
                },
                # A file darklint failed on (an internal-error result) makes the run unsuccessful: the exit code is 2.
                "invocations": [{"executionSuccessful": not any(f.rule == "internal-error" for f in findings)}],
                "columnKind": "utf16CodeUnits",
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def semantic_version(version: str) -> str:
    """A PEP 440 version in SemVer 2.0 form (``0.2.0.dev3`` -> ``0.2.0-dev3``)."""
    match = re.fullmatch(
        r"v?(\d+)(?:\.(\d+))?(?:\.(\d+))?[.\-_]?([0-9A-Za-z.\-]*)(?:\+([0-9A-Za-z.\-]*))?",
        version,
    )
    if match is None:
        return "0.0.0"
    major, minor, patch, pre, build = match.groups()
    core = f"{major}.{minor or 0}.{patch or 0}"
    pre = ".".join(part for part in re.split(r"[.\-]", pre) if part)
    build = ".".join(part for part in re.split(r"[.\-]", build or "") if part)
    return core + (f"-{pre}" if pre else "") + (f"+{build}" if build else "")


def _rule_table(findings: Sequence[Finding], ctx: ReportContext) -> list[RuleInfo]:
    """Enabled rules plus any rule a finding names without metadata (e.g. ``parse-error``)."""
    table = dict(ctx.rules)
    for finding in findings:
        if finding.rule not in table:
            table[finding.rule] = RuleInfo(
                id=finding.rule, severity=finding.severity, summary=finding.rule
            )
    return [table[rule_id] for rule_id in sorted(table)]


def _descriptor(rule: RuleInfo) -> dict[str, Any]:
    tags = list(
        dict.fromkeys([*rule.tags, *([rule.category] if rule.category else [])])
    )
    help_markdown = rule.docs_markdown or rule.summary
    return {
        "id": rule.id,
        "name": "".join(
            part.capitalize() for part in re.split(r"[-_.\s]+", rule.id) if part
        ),
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.description or rule.summary},
        "help": {"text": help_markdown, "markdown": help_markdown},
        "defaultConfiguration": {"level": _LEVELS.get(rule.severity, "warning")},
        "properties": {"tags": tags, "precision": "high"},
    }


def _result(
    finding: Finding, rule_index: dict[str, int], hashes: dict[int, str] | None
) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index[finding.rule],
        "level": _LEVELS.get(finding.severity, "warning"),
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": _physical(finding.path, _region(finding))}],
    }
    partial: dict[str, str] = {}
    if hashes is not None and finding.line in hashes:
        partial["primaryLocationLineHash"] = hashes[finding.line]
    if finding.fingerprint:
        result["fingerprints"] = {FINGERPRINT_KEY: finding.fingerprint}
        # Code scanning identifies an alert by rule, path and partial fingerprints: two findings on one line (an
        # <include> hiding both the terms and the privacy link) would be one alert with the line hash alone.
        partial[FINGERPRINT_KEY] = finding.fingerprint
    if partial:
        result["partialFingerprints"] = partial
    if finding.evidence:
        result["relatedLocations"] = [
            {
                "id": number,
                "message": {"text": item.note},
                "physicalLocation": _physical(
                    item.path, {"startLine": max(item.line, 1)} if item.end_line <= item.line else
                    {"startLine": max(item.line, 1), "endLine": item.end_line}
                ),
            }
            for number, item in enumerate(finding.evidence, start=1)
        ]
    return result


def _region(finding: Finding) -> dict[str, int]:
    start_line = max(finding.line, 1)
    start_column = max(finding.column, 1)
    end_line = max(finding.end_line, start_line)
    end_column = max(finding.end_column, 1)
    if end_line == start_line:  # SARIF forbids an end before the start
        end_column = max(end_column, start_column)
    return {
        "startLine": start_line,
        "startColumn": start_column,
        "endLine": end_line,
        "endColumn": end_column,
    }


def _physical(path: str, region: dict[str, int]) -> dict[str, Any]:
    # Paths are relative POSIX; a URI reference must percent-encode spaces and non-ASCII
    # (e.g. pages/登录/login.wxml).  GitHub decodes it again before resolving the file.
    if path.startswith("/"):  # a file outside the working folder (`cd app && darklint check ../mini`): no base
        return {"artifactLocation": {"uri": "file://" + quote(path, safe="/")}, "region": region}
    return {
        "artifactLocation": {"uri": quote(path, safe="/"), "uriBaseId": "%SRCROOT%"},
        "region": region,
    }


def _hashes_for(
    path: str, ctx: ReportContext, cache: dict[str, dict[int, str] | None]
) -> dict[int, str] | None:
    if path not in cache:
        # As codeql-action reads the file: its bytes as UTF-8, a BOM kept and undecodable bytes (a GBK page) as
        # U+FFFD. Hashing darklint's own decoding instead gave such files other values than upload-sarif computes.
        raw = ctx.file_bytes(path)
        text = raw.decode("utf-8", "replace") if raw is not None else ctx.sources(path)
        cache[path] = None if text is None else line_hashes(text)
    return cache[path]

"""Property-based fuzzing: random bytes and mutated real files through every frontend, via the runner.

Properties: no exception escapes (no `internal-error`), every finding names a file of the unit, and
input that cannot be decoded or parsed is reported as `parse-error`. Seeds are the shipped rule
fixtures, so mutations start from realistic layouts, pages, scripts and styles.

CI runs a few examples per property; `DARKLINT_FUZZ_EXAMPLES=5000 pytest tests/test_fuzz_frontends.py`
(or `python bench/fuzz.py`) runs a long session.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lint.config import default_config
from lint.discover import discover
from lint.finding import Finding
from lint.frontends import xmlsafe
from lint.runner import Profile, RunOptions, build_profile, lint_unit
from lint.source import SourceError, decode

RULES = Path(__file__).resolve().parent.parent / "rules"
EXAMPLES = int(os.environ.get("DARKLINT_FUZZ_EXAMPLES", "25"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize="DARKLINT_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _seeds(pattern: str) -> list[bytes]:
    return [p.read_bytes() for p in sorted(RULES.glob(pattern)) if p.is_file()][:40]


LAYOUTS = _seeds("*/android/**/res/layout*/*.xml")
VALUES = _seeds("*/android/**/res/values*/*.xml")
TEMPLATES = _seeds("*/wechat/**/*.wxml")
SCRIPTS = _seeds("*/wechat/**/*.js")
STYLES = _seeds("*/wechat/**/*.wxss")
#: Fragments that hostile or broken files are made of.
HOSTILE = [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\x03\x00\x08\x00", b"<!DOCTYPE a [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>",
           b"&e;", b"&amp", b"<", b">", b"{{", b"}}", b"\"", b"'", b"<!--", b"-->", b"]]>", b"<![CDATA[", b"\r",
           "同意".encode("gbk"), "《隐私政策》".encode(), b"\xe5\x90", b"`${", b"/*", b"@import '", b"{" * 300,
           b"<view>" * 300, b"(" * 300, b"[" * 300]


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "flip", "truncate", "duplicate"]))
        if action == "insert":
            data[at:at] = draw(st.sampled_from(HOSTILE) | st.binary(max_size=8))
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif action == "flip" and data:
            data[min(at, len(data) - 1)] ^= draw(st.integers(1, 255))
        elif action == "truncate":
            del data[at:]
        else:
            data[at:at] = data[max(0, at - 200) : at]
    return bytes(data)


def any_bytes(seeds: list[bytes]) -> st.SearchStrategy[bytes]:
    return st.one_of(st.binary(max_size=600), mutated(seeds), st.sampled_from(seeds))


def _profile(root: Path) -> Profile:
    return build_profile(default_config(root), RunOptions(cwd=root, no_cache=True))


def lint_files(files: dict[str, bytes]) -> tuple[list[Finding], set[str]]:
    """Lints the files as one fresh project (a fresh folder: per-process caches never see stale data)."""
    with tempfile.TemporaryDirectory(prefix="darklint-fuzz-") as folder:
        root = Path(folder)
        for rel, data in files.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_bytes(data)
        profile = _profile(root)
        findings = [f for unit in discover([root]).units for f in lint_unit(unit, profile, root)]
    return findings, set(files)


def _check(findings: list[Finding], names: set[str]) -> None:
    crashes = [f.message for f in findings if f.rule == "internal-error"]
    assert not crashes, crashes
    for finding in findings:
        assert finding.path in names, finding
        assert finding.line >= 1 and finding.column >= 1, finding


def _unparsable_xml(data: bytes) -> bool:
    try:
        source = decode(data, Path("x.xml"))
    except SourceError:
        return True
    return bool(source.text.strip()) and xmlsafe.parse(source.data)[0] is None


@FUZZ
@given(layout=any_bytes(LAYOUTS), values=any_bytes(VALUES))
def test_android_module_never_crashes_and_reports_broken_files(layout: bytes, values: bytes) -> None:
    findings, names = lint_files({"res/layout/screen.xml": layout, "res/values/strings.xml": values})
    _check(findings, names)
    for rel, data in (("res/layout/screen.xml", layout), ("res/values/strings.xml", values)):
        if _unparsable_xml(data):
            assert any(f.path == rel and f.rule == "parse-error" for f in findings), (rel, data[:200])


@FUZZ
@given(template=any_bytes(TEMPLATES), script=any_bytes(SCRIPTS), style=any_bytes(STYLES))
def test_mini_program_page_never_crashes_and_reports_undecodable_files(
    template: bytes, script: bytes, style: bytes
) -> None:
    files = {"app.json": b'{"pages": ["pages/p/p"]}', "pages/p/p.wxml": template, "pages/p/p.js": script,
             "pages/p/p.wxss": style}
    findings, names = lint_files(files)
    _check(findings, names)
    # The page's script is read only once its template is: a page whose template is unreadable has
    # nothing for the script's data to apply to.
    for rel in ("pages/p/p.wxml", "pages/p/p.js"):
        try:
            decode(files[rel], Path(rel))
        except SourceError:
            assert any(f.path == rel and f.rule == "parse-error" for f in findings), rel
            break


@FUZZ
@given(template=mutated(TEMPLATES))
def test_a_prechecked_consent_survives_any_damage_elsewhere_in_the_page(template: bytes) -> None:
    """A well-formed consent row appended after the damage is still found (or the file is reported)."""
    row = '\n<label><checkbox checked="true" />我已阅读并同意《用户协议》</label>\n'.encode()
    findings, names = lint_files({"app.json": b"{}", "pages/p/p.wxml": template + row})
    _check(findings, names)
    rules = {f.rule for f in findings}
    assert "consent-prechecked" in rules or "parse-error" in rules, findings

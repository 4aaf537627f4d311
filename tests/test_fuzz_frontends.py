"""Property-based fuzzing: random bytes and mutated real files through every frontend, via the runner.

Properties: no exception escapes (no `internal-error`), every finding names a file of the unit, and
input that cannot be decoded or parsed is reported as `parse-error`. Seeds are the shipped rule
fixtures, so mutations start from realistic layouts, pages, scripts and styles, uni-app
single-file components (`.vue`, `.nvue`) and Taro JSX (`.jsx`, `.tsx`).

CI runs a few examples per property; `DARKLINT_FUZZ_EXAMPLES=5000 pytest tests/test_fuzz_frontends.py`
(or `python bench/fuzz.py`) runs a long session.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lint.config import default_config
from lint.discover import discover
from lint.finding import Finding
from lint.frontends import xmlsafe
from lint.profile import Profile, build_profile
from lint.runner import RunOptions, lint_unit
from lint.source import SourceError, decode

RULES = Path(__file__).resolve().parent.parent / "rules"
EXAMPLES = int(os.environ.get("DARKLINT_FUZZ_EXAMPLES", "25"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize="DARKLINT_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _seeds(pattern: str) -> list[bytes]:
    return [p.read_bytes() for p in sorted(RULES.glob(pattern)) if p.is_file()][:40]


LAYOUTS = _seeds("*/android/**/res/layout*/*.xml")
VALUES = _seeds("*/android/**/res/values*/*.xml")
PREFERENCES = _seeds("*/android*/**/res/xml*/*.xml")
TEMPLATES = _seeds("*/wechat/**/*.wxml")
SCRIPTS = _seeds("*/wechat/**/*.js")
STYLES = _seeds("*/wechat/**/*.wxss")
SFCS = _seeds("*/uniapp-*/**/*.vue")
JSX = _seeds("*/taro-*/**/*.[jt]sx")
#: The `<script>` bodies of the shipped components, for damage confined to a script block.
SFC_SCRIPTS = [m.group(1) for seed in SFCS for m in re.finditer(rb"<script[^>]*>(.*?)</script>", seed, re.S)]
#: Fragments that hostile or broken files are made of.
HOSTILE = [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\x03\x00\x08\x00", b"<!DOCTYPE a [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>",
           b"&e;", b"&amp", b"<", b">", b"{{", b"}}", b"\"", b"'", b"<!--", b"-->", b"]]>", b"<![CDATA[", b"\r",
           "同意".encode("gbk"), "《隐私政策》".encode(), b"\xe5\x90", b"`${", b"/*", b"@import '", b"{" * 300,
           b"<view>" * 300, b"(" * 300, b"[" * 300]
#: What breaks single-file components and JSX in particular: blocks opened or closed out of
#: turn, Vue directives and JSX expressions cut in half, conditionals nested hundreds deep.
FRAMEWORK = [*HOSTILE, b"<script>", b"</script>", b"<script setup lang=\"ts\">", b"<style lang=\"scss\">",
             b"</style>", b"<template>", b"</template>", b':checked="', b'v-if="', b"@tap=\"", b"{ agreed: true }",
             b"<Checkbox checked", b"/>", b"{", b"}", b"&& (", b"? (", b") : null", b"a ? (" * 200,
             b"true && (" * 200, b"{a:" * 200, b"import x from './" + b"x" * 300 + b".vue'\n",
             b"@import './" + b"y" * 300 + b"';", b"<a-" + b"b" * 300 + b" />",
             # Balanced and well-formed, deeper than Python's recursion limit: only a walk that
             # does not recurse gets through (a syntax error would stop the frontend earlier).
             b"{" + b"a ? (" * 1500 + b"<View />" + b") : null" * 1500 + b"}",
             b"{" + b"true && (" * 1500 + b"<Text>x</Text>" + b")" * 1500 + b"}",
             b" deep: " + b"{a: " * 1500 + b"1" + b"}" * 1500 + b", ", b"<view>" * 1500 + b"</view>" * 1500]


#: A line that ends a tag or opens a block: a fragment grafted after it is often well-formed.
_BOUNDARY = re.compile(rb"[>{]\n")


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes], fragments: list[bytes] = HOSTILE) -> bytes:
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "flip", "truncate", "duplicate", "graft"]))
        if action == "graft":  # between two elements or at the top of a block: where content is valid
            ends = [m.end() for m in _BOUNDARY.finditer(data)]
            at = draw(st.sampled_from(ends)) if ends else at
            data[at:at] = draw(st.sampled_from(fragments))
        elif action == "insert":
            data[at:at] = draw(st.sampled_from(fragments) | st.binary(max_size=8))
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif action == "flip" and data:
            data[min(at, len(data) - 1)] ^= draw(st.integers(1, 255))
        elif action == "truncate":
            del data[at:]
        else:
            data[at:at] = data[max(0, at - 200) : at]
    return bytes(data)


def any_bytes(seeds: list[bytes], fragments: list[bytes] = HOSTILE) -> st.SearchStrategy[bytes]:
    return st.one_of(st.binary(max_size=600), mutated(seeds, fragments), st.sampled_from(seeds))


@st.composite
def grafted(draw: st.DrawFn, seeds: list[bytes], fragments: list[bytes]) -> bytes:
    """A real file with one to three fragments grafted at tag or block boundaries and no other
    damage: well-formed often enough to reach the frontend's deep walks, not just its parser."""
    data = bytearray(draw(st.sampled_from(seeds)))
    ends = [m.end() for m in _BOUNDARY.finditer(data)] or [len(data)]
    for at in sorted(draw(st.lists(st.sampled_from(ends), min_size=1, max_size=3)), reverse=True):
        data[at:at] = draw(st.sampled_from(fragments))
    return bytes(data)


def framework_bytes(seeds: list[bytes]) -> st.SearchStrategy[bytes]:
    return st.one_of(any_bytes(seeds, FRAMEWORK), grafted(seeds, FRAMEWORK))


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
@given(screen=any_bytes(PREFERENCES), values=any_bytes(VALUES))
def test_preference_screens_never_crash_and_report_broken_files(screen: bytes, values: bytes) -> None:
    files = {"src/main/res/xml/preferences.xml": screen, "src/main/res/values/strings.xml": values}
    findings, names = lint_files(files)
    _check(findings, names)
    if _unparsable_xml(screen):
        assert _reported(findings, "src/main/res/xml/preferences.xml"), screen[:200]


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


def _undecodable(data: bytes, rel: str) -> bool:
    try:
        decode(data, Path(rel))
    except SourceError:
        return True
    return False


def _reported(findings: list[Finding], rel: str) -> bool:
    return any(f.path == rel and f.rule == "parse-error" for f in findings)


@FUZZ
@given(page=framework_bytes(SFCS), native=framework_bytes(SFCS), component=framework_bytes(SFCS))
def test_uniapp_components_never_crash_and_report_undecodable_files(page: bytes, native: bytes,
                                                                   component: bytes) -> None:
    """A page, an `.nvue` page and a project component the pages may use (by the folder rule)."""
    files = {"pages.json": b'{"pages": [{"path": "pages/p/p"}]}', "pages/p/p.vue": page,
             "pages/n/n.nvue": native, "components/agree-box/agree-box.vue": component}
    findings, names = lint_files(files)
    _check(findings, names)
    for rel, data in files.items():
        if rel.endswith(("vue", "nvue")) and _undecodable(data, rel):
            assert _reported(findings, rel), (rel, data[:200])


@FUZZ
@given(tsx=framework_bytes(JSX), jsx=framework_bytes(JSX))
def test_taro_modules_never_crash_and_report_broken_files(tsx: bytes, jsx: bytes) -> None:
    """Under a Taro build config every `.jsx`/`.tsx` is a unit: each is linted or reported."""
    from lint.frontends.taro.page import parse_jsx
    from lint.frontends.ts import parser

    files = {"config/index.js": b"module.exports = { designWidth: 750 }\n", "src/pages/p/index.tsx": tsx,
             "src/pages/q/index.jsx": jsx}
    findings, names = lint_files(files)
    _check(findings, names)
    for rel, data in (("src/pages/p/index.tsx", tsx), ("src/pages/q/index.jsx", jsx)):
        if _undecodable(data, rel):
            assert _reported(findings, rel), (rel, data[:200])
            continue
        source = decode(data, Path(rel))
        # Read as the frontend reads it: a bare `&` in JSX text is text, not an error.
        if parse_jsx(parser("tsx" if rel.endswith("tsx") else "javascript"), source.data).root_node.has_error:
            assert _reported(findings, rel), (rel, data[:200])


@FUZZ
@given(script=mutated(SFC_SCRIPTS, FRAMEWORK) if SFC_SCRIPTS else st.just(b""))
def test_a_prechecked_consent_in_the_template_survives_any_damage_to_the_script(script: bytes) -> None:
    """The template comes first and is closed, so nothing in the script can hide it: its
    consent is found whenever the file decodes (facts from a broken script are unknown)."""
    template = '<template>\n  <label><checkbox checked />我已阅读并同意《用户协议》</label>\n</template>\n'
    data = template.encode() + b"<script>\n" + script + b"\n</script>\n"
    findings, names = lint_files({"pages.json": b"{}", "pages/p/p.vue": data})
    _check(findings, names)
    if _undecodable(data, "p.vue"):
        assert _reported(findings, "pages/p/p.vue")
    else:
        assert [f.line for f in findings if f.rule == "consent-prechecked"] == [2], findings

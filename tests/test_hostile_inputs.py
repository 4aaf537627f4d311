"""Hostile single files: XML attacks, encodings, binary and empty content, size and depth limits.

Each test writes a small realistic project, runs darklint as a library call and checks what the
run says about the hostile file and that the good content around it is still reported.
"""

from __future__ import annotations

import codecs
import json
import tracemalloc
from pathlib import Path

import pytest

from lint.finding import Finding
from lint.runner import RunOptions, RunResult, run
from lint.source import SourceError, decode
from tests.test_hostile_tree import (
    CHECKED_EN,
    CHECKED_ZH,
    billion_laughs,
    binary_xml,
    deep_layout,
    deep_wxml,
    layout,
    xxe,
)

LAYOUT = "app/src/main/res/layout"
ANDROID = 'xmlns:android="http://schemas.android.com/apk/res/android"'


def lint(root: Path, files: dict[str, bytes], config: str = "extends: recommended\n") -> RunResult:
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (root / ".darklint.yaml").write_text(config, encoding="utf-8")
    return run([root], RunOptions(cwd=root, jobs=1, no_cache=True))


def of(result: RunResult, rule: str, path: str | None = None) -> list[Finding]:
    return [f for f in result.findings if f.rule == rule and (path is None or f.path == path)]


def test_external_entities_are_never_read_and_never_reach_the_output(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN-4711\n", encoding="utf-8")
    network = (
        '<?xml version="1.0"?>\n<!DOCTYPE LinearLayout SYSTEM "http://127.0.0.1:9/evil.dtd">\n'
        f'<LinearLayout {ANDROID}>\n    {CHECKED_EN}\n</LinearLayout>\n'
    )
    parameter = (
        f'<?xml version="1.0"?>\n<!DOCTYPE a [ <!ENTITY % p SYSTEM "file://{secret}"> %p; ]>\n'
        f'<LinearLayout {ANDROID}><TextView android:text="x" /></LinearLayout>\n'
    )
    result = lint(tmp_path / "repo", {
        f"{LAYOUT}/xxe.xml": xxe(secret).encode(),
        f"{LAYOUT}/dtd.xml": network.encode(),
        f"{LAYOUT}/param.xml": parameter.encode(),
    })
    output = json.dumps([f.to_dict() for f in result.findings], ensure_ascii=False)
    assert "TOP-SECRET" not in output
    # A DOCTYPE naming a DTD on the network is not fetched, and the layout is still linted.
    assert [f.line for f in of(result, "consent-prechecked", f"{LAYOUT}/dtd.xml")] == [4]



@pytest.mark.parametrize("where", ["attribute", "text"])
def test_entity_bomb_is_refused_as_a_parse_error(tmp_path: Path, where: str) -> None:
    bomb = billion_laughs()
    if where == "text":
        bomb = bomb.replace('<TextView android:text="&lol9;" />', "<TextView>&lol9;</TextView>")
    files = {f"{LAYOUT}/bomb.xml": bomb.encode(), f"{LAYOUT}/ok.xml": layout(CHECKED_EN).encode()}
    result = lint(tmp_path / "repo", files)
    errors = of(result, "parse-error", f"{LAYOUT}/bomb.xml")
    assert errors and "entit" in errors[0].message
    assert all("lollol" not in f.message for f in result.findings)
    assert of(result, "consent-prechecked", f"{LAYOUT}/ok.xml")


ENCODINGS = [
    ("utf-8", b"", ""),
    ("utf-8-bom", codecs.BOM_UTF8, ""),
    ("utf-16-le-bom", codecs.BOM_UTF16_LE, '<?xml version="1.0" encoding="utf-16"?>'),
    ("utf-16-be-bom", codecs.BOM_UTF16_BE, '<?xml version="1.0" encoding="utf-16"?>'),
    ("gbk-declared", b"", '<?xml version="1.0" encoding="GBK"?>'),
    ("gb18030-declared", b"", '<?xml version="1.0" encoding="gb18030"?>'),
    ("gbk-undeclared", b"", ""),
]


@pytest.mark.parametrize(("name", "bom", "declaration"), ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_every_encoding_is_decoded_and_its_prechecked_consent_found(
    tmp_path: Path, name: str, bom: bytes, declaration: str
) -> None:
    codec = {"utf-8-bom": "utf-8", "utf-16-le-bom": "utf-16-le", "utf-16-be-bom": "utf-16-be",
             "gbk-declared": "gbk", "gbk-undeclared": "gbk", "gb18030-declared": "gb18030"}.get(name, name)
    text = layout(CHECKED_ZH, declaration)
    result = lint(tmp_path / "repo", {f"{LAYOUT}/consent.xml": bom + text.encode(codec)})
    found = of(result, "consent-prechecked")
    assert [(f.line, "同意" in f.message) for f in found] == [(3 if declaration else 2, True)], result.findings


@pytest.mark.parametrize("ext", ["wxml", "js"])
def test_gbk_mini_program_page_is_decoded(tmp_path: Path, ext: str) -> None:
    wxml = '<view>\n  <label><checkbox checked="{{agree}}" />我已阅读并同意《用户协议》</label>\n</view>\n'
    js = "// 登录页：默认勾选同意\nPage({ data: { agree: true } })\n"
    files = {"mini/app.json": b'{"pages": ["pages/login/login"]}',
             "mini/pages/login/login.wxml": wxml.encode("gbk" if ext == "wxml" else "utf-8"),
             "mini/pages/login/login.js": js.encode("gbk" if ext == "js" else "utf-8")}
    result = lint(tmp_path / "repo", files)
    assert [f.line for f in of(result, "consent-prechecked")] == [2], result.findings
    assert not of(result, "parse-error")


def test_gbk_text_decodes_but_damaged_utf8_is_reported_with_its_location() -> None:
    page = "<view>\n  <text>请阅读《隐私政策》和《用户协议》</text>\n</view>\n"
    assert decode(page.encode("gbk"), Path("p.wxml")).text == page
    damaged = page.encode().replace("隐私".encode(), "隐私".encode()[:4] + b"\xff", 1)
    with pytest.raises(SourceError) as caught:
        decode(damaged, Path("p.wxml"))
    assert (caught.value.line, "invalid byte" in caught.value.message) == (2, True)


@pytest.mark.parametrize(("name", "data", "needle"), [
    ("binary.xml", binary_xml(), "apktool"),
    ("nul.xml", layout(CHECKED_EN).encode().replace(b"<CheckBox", b"<Check\x00Box"), "NUL"),
    ("latin1.xml", layout('<TextView android:text="Café crème" />').encode("latin-1"), "invalid byte"),
    ("lying.xml", layout(CHECKED_EN, '<?xml version="1.0" encoding="x-no-such-codec"?>').encode(), "unknown encoding"),
], ids=["binary-xml", "nul", "latin1", "unknown-encoding"])
def test_binary_or_undecodable_layout_is_a_parse_error_and_its_module_goes_on(
    tmp_path: Path, name: str, data: bytes, needle: str
) -> None:
    result = lint(tmp_path / "repo", {f"{LAYOUT}/{name}": data, f"{LAYOUT}/good.xml": layout(CHECKED_EN).encode()})
    errors = of(result, "parse-error", f"{LAYOUT}/{name}")
    assert len(errors) == 1 and needle in errors[0].message, result.findings
    assert of(result, "consent-prechecked", f"{LAYOUT}/good.xml")


def test_an_xml_syntax_error_points_at_the_character_it_names(tmp_path: Path) -> None:
    """libxml2 stops one character past what it cannot read: the caret goes on the `&`, not after it."""
    broken = '<LinearLayout>\n  <TextView android:text="《条款》 & Conditions" />\n</LinearLayout>\n'
    result = lint(tmp_path / "repo", {f"{LAYOUT}/amp.xml": broken.encode()})
    [error] = of(result, "parse-error", f"{LAYOUT}/amp.xml")
    assert (error.line, error.column) == (2, broken.splitlines()[1].index("&") + 1), error


def test_binary_mini_program_template_names_apktool_too(tmp_path: Path) -> None:
    result = lint(tmp_path / "repo", {"mini/app.json": b"{}", "mini/pages/a/a.wxml": binary_xml()})
    assert ["apktool" in f.message for f in of(result, "parse-error")] == [True]


def test_empty_files_of_every_kind_are_silent(tmp_path: Path) -> None:
    empties = [f"{LAYOUT}/empty.xml", "app/src/main/res/values/strings.xml", "mini/pages/e/e.wxml",
               "mini/pages/e/e.js", "mini/pages/e/e.wxss", "mini/pages/e/e.json"]
    files = {rel: b"" for rel in empties}
    files[f"{LAYOUT}/bom.xml"] = codecs.BOM_UTF8
    files[f"{LAYOUT}/blank.xml"] = b"\n   \n\t\n"
    files["mini/app.json"] = b'{"pages": ["pages/e/e"]}'
    result = lint(tmp_path / "repo", files)
    assert result.findings == []
    assert result.files_checked >= 4


def test_file_above_max_file_size_is_an_info_finding_and_the_rest_is_linted(tmp_path: Path) -> None:
    rows = "".join(f'    <TextView android:text="row {i}" />\n' for i in range(400))
    big = layout(CHECKED_EN + "\n" + rows).encode()
    result = lint(tmp_path / "repo", {f"{LAYOUT}/big.xml": big, f"{LAYOUT}/small.xml": layout(CHECKED_EN).encode()},
                  config=f"extends: recommended\nmax-file-size: {len(big) - 1}\n")
    skipped = of(result, "file-skipped")
    assert [(f.path, f.severity) for f in skipped] == [(f"{LAYOUT}/big.xml", "info")]
    assert str(len(big)) in skipped[0].message
    assert not of(result, "consent-prechecked", f"{LAYOUT}/big.xml")
    assert of(result, "consent-prechecked", f"{LAYOUT}/small.xml")


def test_limit_is_inclusive_and_comes_from_the_config(tmp_path: Path) -> None:
    data = layout(CHECKED_EN).encode()
    result = lint(tmp_path / "repo", {f"{LAYOUT}/exact.xml": data},
                  config=f"extends: recommended\nmax-file-size: {len(data)}\n")
    assert not of(result, "file-skipped") and of(result, "consent-prechecked")


def test_twenty_megabyte_page_is_skipped_by_default_without_being_read(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    page = root / "mini/pages/huge/huge.wxml"
    page.parent.mkdir(parents=True)
    with page.open("wb") as handle:
        handle.write(b"<view>\n")
        row = "<view><text>第 1 条：条款内容</text></view>\n".encode()
        handle.write(row * (20 * 1024 * 1024 // len(row) + 1))
        handle.write(b"</view>\n")
    tracemalloc.start()
    try:
        result = lint(root, {"mini/app.json": b'{"pages": ["pages/huge/huge"]}'})
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [f.path for f in of(result, "file-skipped")] == ["mini/pages/huge/huge.wxml"]
    assert peak < 8 * 1024 * 1024, "the page was read into memory"


def test_layout_nested_thousands_deep_is_a_parse_error_with_a_location(tmp_path: Path) -> None:
    result = lint(tmp_path / "repo", {f"{LAYOUT}/deep.xml": deep_layout(5000).encode(),
                                      f"{LAYOUT}/ok.xml": layout(CHECKED_EN).encode()})
    errors = of(result, "parse-error", f"{LAYOUT}/deep.xml")
    assert len(errors) == 1 and "nested deeper" in errors[0].message
    assert (errors[0].line, errors[0].column > 1) == (2, True)
    assert of(result, "consent-prechecked", f"{LAYOUT}/ok.xml")
    assert result.internal_errors == 0


def test_template_nested_thousands_deep_is_still_linted(tmp_path: Path) -> None:
    result = lint(tmp_path / "repo", {"mini/app.json": b"{}", "mini/pages/deep/deep.wxml": deep_wxml(4000).encode()})
    assert [f.line for f in of(result, "consent-prechecked")] == [2]
    assert result.internal_errors == 0


@pytest.mark.parametrize("script", [
    "Page({ data: { agree: true, x: " + "{a: " * 5000 + "1" + "}" * 5000 + " } })\n",
    "Page({ data: { agree: " + "(" * 5000 + "true" + ")" * 5000 + " } })\n",
    "Page({ data: { agree: true, x: " + "[" * 5000 + "]" * 5000 + " } })\n",
    "Page({ data: { agree: true, x: " + "1 + " * 5000 + "1 } })\n",
], ids=["objects", "parentheses", "arrays", "binary-chain"])
def test_script_nested_thousands_deep_never_raises(tmp_path: Path, script: str) -> None:
    wxml = ('<view>\n  <label><checkbox checked="{{agree}}" />同意《用户协议》</label>\n'
            '  <label><checkbox checked />同意《隐私政策》</label>\n</view>\n')
    result = lint(tmp_path / "repo", {"mini/app.json": b"{}", "mini/pages/p/p.wxml": wxml.encode(),
                                      "mini/pages/p/p.js": script.encode()})
    assert result.internal_errors == 0, result.findings
    lines = {f.line for f in of(result, "consent-prechecked")}
    assert 3 in lines  # the literal one never depends on the script


def test_deep_mustache_and_selector_chains_never_raise(tmp_path: Path) -> None:
    wxml = ('<view class="a">\n  <label><checkbox checked="{{' + "(" * 5000 + "true" + ")" * 5000
            + '}}" />同意《用户协议》</label>\n  <label><checkbox checked />同意《隐私政策》</label>\n</view>\n')
    wxss = " ".join([".a"] * 5000) + " { font-size: 8rpx }\n"
    result = lint(tmp_path / "repo", {"mini/app.json": b"{}", "mini/pages/p/p.wxml": wxml.encode(),
                                      "mini/pages/p/p.wxss": wxss.encode()})
    assert result.internal_errors == 0, result.findings
    assert 3 in {f.line for f in of(result, "consent-prechecked")}


def test_broken_script_leaves_its_template_linted(tmp_path: Path) -> None:
    wxml = ('<view>\n  <label><checkbox checked />同意《用户协议》</label>\n'
            '  <label><checkbox checked="{{agree}}" />同意《隐私政策》</label>\n</view>\n')
    result = lint(tmp_path / "repo", {"mini/app.json": b"{}", "mini/pages/p/p.wxml": wxml.encode(),
                                      "mini/pages/p/p.js": b"Page({ data: { agree: true, }\n"})
    assert [f.path for f in of(result, "parse-error")] == ["mini/pages/p/p.js"]
    # The literal is found; the bound one is unknown (the script's data cannot be trusted), not guessed.
    assert [f.line for f in of(result, "consent-prechecked")] == [2]


def test_broken_strings_table_leaves_the_module_layouts_linted(tmp_path: Path) -> None:
    result = lint(tmp_path / "repo", {
        "app/src/main/res/values/strings.xml": b'<resources>\n  <string name="agree">I agree</string\n',
        f"{LAYOUT}/a.xml": layout(CHECKED_EN).encode(),
        f"{LAYOUT}/b.xml": layout('<CheckBox android:checked="true" android:text="@string/agree" />').encode(),
    })
    assert [f.path for f in of(result, "parse-error")] == ["app/src/main/res/values/strings.xml"]
    assert [f.path for f in of(result, "consent-prechecked")] == [f"{LAYOUT}/a.xml"]


def test_thousands_of_hidden_reminders_are_each_read_against_one_index_of_the_screen(tmp_path: Path) -> None:
    # Each hidden reminder asks which documents the screen shows (lint/derived.py): asked against every element
    # anew, a generated page of 1,500 reminders and links took quadratic time. Every reminder here repeats a
    # visible link, so none is reported; the one naming a document no link shows is.
    rows = [f'<view wx:if="{{{{warn}}}}">请先阅读并同意《用户协议{i}》</view>'
            f'<navigator url="/pages/doc/doc?i={i}">《用户协议{i}》</navigator>' for i in range(1500)]
    rows.append('<view wx:if="{{warn}}">请先阅读并同意《未列出的清单》</view>')
    result = lint(tmp_path, {
        "app.json": b'{"pages": ["pages/a/a"]}',
        "pages/a/a.wxml": "\n".join(rows).encode(),
        "pages/a/a.js": b"Page({ data: { warn: false } })",
    })
    hidden = of(result, "terms-link-hidden")
    assert [f.line for f in hidden] == [1501]

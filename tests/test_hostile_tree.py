"""A tree of hostile files beside good ones: every good finding is reported, every broken file named.

The builders here are shared by the other hostile-input tests; each returns what it wrote and what a
run must say about it, so the assertions are derived from the inputs, never hard-coded findings.
"""

from __future__ import annotations

import codecs
import json
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from lint.runner import RunOptions, run

ANDROID_NS = 'xmlns:android="http://schemas.android.com/apk/res/android"'
#: A consent box ticked before the user does anything: what consent-prechecked must always find.
CHECKED_ZH = '<CheckBox android:id="@+id/agree" android:checked="true" android:text="我已阅读并同意《隐私政策》" />'
CHECKED_EN = '<CheckBox android:id="@+id/terms" android:checked="true" android:text="I agree to the Terms of Use" />'


@dataclass
class Tree:
    """What a builder wrote: paths relative to the root (POSIX)."""

    root: Path
    #: A good file and the line of the consent finding it must produce.
    findings: dict[str, int] = field(default_factory=dict)
    #: Files that must be named by a finding of the given rule.
    broken: dict[str, str] = field(default_factory=dict)
    #: Files that must produce no finding at all.
    silent: set[str] = field(default_factory=set)

    def write(self, rel: str, data: bytes) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path


def layout(body: str, declaration: str = "") -> str:
    """A layout whose consent box sits on the line the test expects (line 3 with a declaration, else 2)."""
    head = f"{declaration}\n" if declaration else ""
    return f'{head}<LinearLayout {ANDROID_NS}>\n    {body}\n</LinearLayout>\n'


def finding_line(declaration: str) -> int:
    return 3 if declaration else 2


def binary_xml() -> bytes:
    """The start of a compiled AXML file as aapt writes it: RES_XML_TYPE (0x0003), header size 8."""
    header = struct.pack("<HHI", 0x0003, 0x0008, 1024)
    string_pool = struct.pack("<HHIIIIII", 0x0001, 0x001C, 512, 4, 0, 0, 0x2C, 0)
    return header + string_pool + b"\x00" * 64


def billion_laughs() -> str:
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    ]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE LinearLayout [\n' + "\n".join(entities) + "\n]>\n"
        f'<LinearLayout {ANDROID_NS}>\n    <TextView android:text="&lol9;" />\n</LinearLayout>\n'
    )


def xxe(secret: Path) -> str:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE LinearLayout [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>\n'
        f'<LinearLayout {ANDROID_NS}>\n    <CheckBox android:checked="true" android:text="&xxe;" />\n'
        "    <TextView>&xxe;</TextView>\n</LinearLayout>\n"
    )


def deep_layout(depth: int) -> str:
    return f"<LinearLayout {ANDROID_NS}>\n" + "<FrameLayout>" * depth + "</FrameLayout>" * depth + "\n</LinearLayout>\n"


def deep_wxml(depth: int) -> str:
    inner = '\n<label><checkbox checked="true" />同意《用户协议》</label>\n'
    return "<view>" * depth + inner + "</view>" * depth + "\n"


def build_android(tree: Tree, secret: Path) -> None:
    res = "app/src/main/res"
    cases: dict[str, tuple[bytes, str]] = {
        "good_plain.xml": (layout(CHECKED_EN).encode(), ""),
        "good_bom.xml": (codecs.BOM_UTF8 + layout(CHECKED_ZH).encode(), ""),
    }
    for name, declaration, encoding, prefix in (
        ("utf16_bom.xml", '<?xml version="1.0" encoding="utf-16"?>', "utf-16-le", codecs.BOM_UTF16_LE),
        ("utf16be_bom.xml", '<?xml version="1.0" encoding="UTF-16"?>', "utf-16-be", codecs.BOM_UTF16_BE),
        ("gbk_declared.xml", '<?xml version="1.0" encoding="GBK"?>', "gbk", b""),
        ("gb18030_declared.xml", '<?xml version="1.0" encoding="GB18030"?>', "gb18030", b""),
        ("gbk_undeclared.xml", "", "gbk", b""),
    ):
        cases[name] = (prefix + layout(CHECKED_ZH, declaration).encode(encoding), declaration)
    for name, (data, declaration) in cases.items():
        tree.write(f"{res}/layout/{name}", data)
        tree.findings[f"{res}/layout/{name}"] = finding_line(declaration)
    corrupt = layout(CHECKED_ZH).encode().replace("隐私".encode(), b"\xff\xfe\xa0", 1)
    broken = {
        "invalid_bytes.xml": corrupt,
        "binary.xml": binary_xml(),
        "nul.xml": layout(CHECKED_EN).encode().replace(b"<CheckBox", b"<Check\x00Box"),
        "bomb.xml": billion_laughs().encode(),
        "xxe.xml": xxe(secret).encode(),
        "deep.xml": deep_layout(5000).encode(),
        "unclosed.xml": b'<LinearLayout>\n    <CheckBox android:checked="true">\n</LinearLayout>\n',
    }
    for name, data in broken.items():
        tree.write(f"{res}/layout/{name}", data)
        if name not in ("bomb.xml", "xxe.xml"):
            tree.broken[f"{res}/layout/{name}"] = "parse-error"
    for name, data in (("empty.xml", b""), ("blank.xml", b"\n  \n"), ("bom_only.xml", codecs.BOM_UTF8)):
        tree.write(f"{res}/layout/{name}", data)
        tree.silent.add(f"{res}/layout/{name}")
    # A module whose strings table is broken: its layouts are still linted.
    other = "lib/src/main/res"
    tree.write(f"{other}/values/strings.xml", b'<resources>\n    <string name="agree">I agree</string\n')
    tree.broken[f"{other}/values/strings.xml"] = "parse-error"
    tree.write(f"{other}/layout/lib_consent.xml", layout(CHECKED_EN).encode())
    tree.findings[f"{other}/layout/lib_consent.xml"] = 2


def build_mini(tree: Tree) -> None:
    tree.write("mini/app.json", json.dumps({"pages": ["pages/good/good"]}).encode())
    checked = '<label><checkbox checked="true" />同意《用户协议》</label>\n'
    pages: dict[str, dict[str, bytes]] = {
        "good": {"wxml": ("<view>\n  " + checked).encode() + b"</view>\n", "js": b"Page({ data: {} })\n"},
        "gbk": {"wxml": ("<view>\n  " + checked + "</view>\n").encode("gbk")},
        # The script does not parse: its data is unknown, the literal in the template still counts.
        "brokenjs": {"wxml": ("<view>\n  " + checked + "</view>\n").encode(), "js": b"Page({ data: { agree: true, }\n"},
        "deepjs": {"wxml": ("<view>\n  " + checked + "</view>\n").encode(),
                   "js": ("Page({ data: { x: " + "{a: " * 3000 + "1" + "}" * 3000 + " } })\n").encode()},
        "deep": {"wxml": deep_wxml(3000).encode()},
    }
    lines = {"good": 2, "gbk": 2, "brokenjs": 2, "deepjs": 2, "deep": 2}
    for name, files in pages.items():
        for ext, data in files.items():
            tree.write(f"mini/pages/{name}/{name}.{ext}", data)
        tree.findings[f"mini/pages/{name}/{name}.wxml"] = lines[name]
    tree.broken["mini/pages/brokenjs/brokenjs.js"] = "parse-error"
    bad = {"nul": b"<view>\x00</view>\n", "badbytes": ("<view>同意" + "</view>\n").encode().replace(b"\xe6", b"\xff"),
           "binary": binary_xml()}
    for name, data in bad.items():
        tree.write(f"mini/pages/{name}/{name}.wxml", data)
        tree.broken[f"mini/pages/{name}/{name}.wxml"] = "parse-error"
    tree.write("mini/pages/empty/empty.wxml", b"")
    tree.write("mini/pages/empty/empty.js", b"")
    tree.silent.update({"mini/pages/empty/empty.wxml", "mini/pages/empty/empty.js"})


def build_filesystem(tree: Tree) -> None:
    """Symlink loops and a file name that is not UTF-8: discovery goes on past them."""
    layouts = tree.root / "app/src/main/res/layout"
    os.symlink("loop_b.xml", layouts / "loop_a.xml")
    os.symlink("loop_a.xml", layouts / "loop_b.xml")
    os.symlink("..", tree.root / "app/src/main/res/layout/up")
    os.symlink(tree.root, tree.root / "mini/pages/root_link")
    os.symlink("missing.xml", layouts / "dangling.xml")
    name = os.fsencode(layouts) + b"/caf\xe9.xml"
    with open(name, "wb") as handle:
        handle.write(layout(CHECKED_EN).encode())


def build_oversized(tree: Tree, limit: int) -> None:
    filler = "    <TextView android:text=\"row\" />\n" * (limit // 30)
    tree.write("app/src/main/res/layout/huge.xml", layout(CHECKED_EN + "\n" + filler).encode())
    tree.broken["app/src/main/res/layout/huge.xml"] = "file-skipped"
    tree.write("mini/pages/huge/huge.wxml", ("<view>\n" + "<text>row</text>\n" * (limit // 16) + "</view>\n").encode())
    tree.broken["mini/pages/huge/huge.wxml"] = "file-skipped"


def build_all(root: Path, limit: int = 200_000) -> Tree:
    tree = Tree(root)
    secret = root.parent / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN-4711\n", encoding="utf-8")
    build_android(tree, secret)
    build_mini(tree)
    build_filesystem(tree)
    build_oversized(tree, limit)
    (root / ".darklint.yaml").write_text(f"extends: recommended\nmax-file-size: {limit}\n", encoding="utf-8")
    return tree


@pytest.fixture
def parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers even for a tree this small, so jobs=2 really crosses process boundaries."""
    monkeypatch.setattr("lint.parallel.MIN_PARALLEL_FILES", 1)


@pytest.mark.parametrize("jobs", [1, 2])
def test_mixed_tree_reports_every_good_finding_and_names_every_broken_file(
    tmp_path: Path, jobs: int, parallel: None
) -> None:
    tree = build_all(tmp_path / "repo")
    result = run([tree.root], RunOptions(cwd=tree.root, jobs=jobs, no_cache=True))
    by_path: dict[str, set[tuple[str, int]]] = {}
    for finding in result.findings:
        by_path.setdefault(finding.path, set()).add((finding.rule, finding.line))
    missing = [f"{p}:{n}" for p, n in tree.findings.items() if ("consent-prechecked", n) not in by_path.get(p, set())]
    unnamed = [f"{p} ({rule})" for p, rule in tree.broken.items() if rule not in {r for r, _ in by_path.get(p, set())}]
    noisy = [p for p in tree.silent if p in by_path]
    assert not missing, f"good findings lost: {missing}"
    assert not unnamed, f"broken files not named: {unnamed}"
    assert not noisy, f"empty files reported: {noisy}"
    assert result.internal_errors == 0, [f for f in result.findings if f.rule == "internal-error"]
    assert "TOP-SECRET" not in json.dumps([f.to_dict() for f in result.findings], ensure_ascii=False)
    assert any("caf" in notice and "UTF-8" in notice for notice in result.notices), result.notices


def test_mixed_tree_output_is_identical_for_one_and_two_workers(tmp_path: Path, parallel: None) -> None:
    tree = build_all(tmp_path / "repo")
    one = run([tree.root], RunOptions(cwd=tree.root, jobs=1, no_cache=True)).findings
    two = run([tree.root], RunOptions(cwd=tree.root, jobs=2, no_cache=True)).findings
    assert [f.to_dict() for f in one] == [f.to_dict() for f in two]
    assert one, "the tree has findings to compare"

"""Hostile uni-app single-file components and Taro JSX: encodings, binary and empty files, blocks
never closed, nesting thousands deep, files above the size limit, malformed project files.

Each test writes a small realistic project, runs darklint as a library call and checks what the
run says about the hostile file and that the good content in and around it is still reported.
"""

from __future__ import annotations

import codecs
import tracemalloc
from pathlib import Path

import pytest

from lint.frontends.taro import detect
from lint.runner import RunResult
from tests.test_hostile_inputs import lint, of

PAGES_JSON = b'{"pages": [{"path": "pages/login/login"}]}'
TARO_CONFIG = b"module.exports = { designWidth: 750, sourceRoot: 'src' }\n"
VUE_PAGE = "pages/login/login.vue"
TARO_PAGE = "src/pages/login/index.tsx"


def sfc(template: str, script: str = "export default { data() { return { agreed: true } } }") -> str:
    """A login page whose consent box (line 4) is bound to `agreed` from its script."""
    return (
        "<template>\n"
        '  <view class="login">\n'
        "    <label>\n"
        '      <checkbox value="agree" :checked="agreed" />\n'
        "      <text>我已阅读并同意《用户协议》和《隐私政策》</text>\n"
        "    </label>\n"
        f"{template}"
        "  </view>\n"
        "</template>\n"
        "<script>\n"
        f"{script}\n"
        "</script>\n"
    )


def taro(body: str = "", before: str = "const [agreed] = useState(true)") -> str:
    """A Taro login page whose consent box (line 9) is checked from `useState(true)`."""
    return (
        "import { useState } from 'react'\n"
        "import { View, Text, Checkbox, Label } from '@tarojs/components'\n"
        "\n"
        "export default function Login() {\n"
        f"  {before}\n"
        "  return (\n"
        "    <View className='login'>\n"
        "      <Label>\n"
        "        <Checkbox value='agree' checked={agreed} />\n"
        "        <Text>我已阅读并同意《用户协议》和《隐私政策》</Text>\n"
        "      </Label>\n"
        f"      {body}\n"
        "    </View>\n"
        "  )\n"
        "}\n"
    )


def vue_project(root: Path, page: bytes, **extra: bytes) -> RunResult:
    return lint(root, {"pages.json": PAGES_JSON, VUE_PAGE: page, **extra})


def taro_project(root: Path, page: bytes, name: str = TARO_PAGE, **extra: bytes) -> RunResult:
    return lint(root, {"config/index.js": TARO_CONFIG, name: page, **extra})


def lines(result: RunResult, rule: str, path: str) -> list[int]:
    return [f.line for f in of(result, rule, path)]


ENCODINGS = [
    ("utf-8-bom", codecs.BOM_UTF8, "utf-8"),
    ("utf-16-le-bom", codecs.BOM_UTF16_LE, "utf-16-le"),
    ("utf-16-be-bom", codecs.BOM_UTF16_BE, "utf-16-be"),
    ("gbk", b"", "gbk"),
    ("gb18030", b"", "gb18030"),
]


@pytest.mark.parametrize(("bom", "codec"), [e[1:] for e in ENCODINGS], ids=[e[0] for e in ENCODINGS])
def test_sfc_in_any_encoding_is_decoded_and_its_consent_found(tmp_path: Path, bom: bytes, codec: str) -> None:
    result = vue_project(tmp_path / "repo", bom + sfc("").encode(codec))
    found = of(result, "consent-prechecked", VUE_PAGE)
    assert [(f.line, "同意" in f.message) for f in found] == [(4, True)], result.findings
    assert not of(result, "parse-error")


@pytest.mark.parametrize(("bom", "codec"), [e[1:] for e in ENCODINGS], ids=[e[0] for e in ENCODINGS])
def test_taro_module_in_any_encoding_is_found_decoded_and_linted(tmp_path: Path, bom: bytes, codec: str) -> None:
    """No build config: the file is Taro only through its `@tarojs/` import, which detection must
    see in UTF-16 text as well."""
    result = lint(tmp_path / "repo", {TARO_PAGE: bom + taro().encode(codec)})
    assert lines(result, "consent-prechecked", TARO_PAGE) == [9], result.findings
    assert not of(result, "parse-error")


@pytest.mark.parametrize(("name", "data"), [
    (VUE_PAGE, sfc("").encode().replace(b"<text>", b"<te\x00xt>")),
    ("pages/native/native.nvue", b"\x00\x01\x02\x03" * 64),
    (TARO_PAGE, taro().encode().replace(b"<Text>", b"<Te\x00xt>")),
    ("src/pages/about/index.jsx", taro().encode("utf-16-le")),  # UTF-16 without its BOM: NULs everywhere
], ids=["vue", "nvue", "tsx", "jsx-utf16-no-bom"])
def test_nul_bytes_are_a_parse_error_and_the_neighbours_are_linted(tmp_path: Path, name: str, data: bytes) -> None:
    neighbour = "pages/other/other.vue" if name.endswith("vue") else "src/pages/other/index.tsx"
    good = sfc("") if name.endswith("vue") else taro()
    files = {"pages.json": PAGES_JSON, "config/index.js": TARO_CONFIG, name: data, neighbour: good.encode()}
    result = lint(tmp_path / "repo", files)
    errors = of(result, "parse-error", name)
    assert len(errors) == 1 and "NUL" in errors[0].message, result.findings
    assert of(result, "consent-prechecked", neighbour)
    assert result.internal_errors == 0


def test_empty_components_and_modules_are_silent(tmp_path: Path) -> None:
    empties = ["pages/empty/empty.vue", "pages/native/native.nvue", "App.vue", "src/pages/e/index.tsx",
               "src/pages/f/index.jsx"]
    files = {rel: b"" for rel in empties}
    files["pages/bom/bom.vue"] = codecs.BOM_UTF8
    files["pages/blank/blank.vue"] = b"\n  \n\t\n"
    files["pages.json"] = PAGES_JSON
    files["config/index.js"] = TARO_CONFIG
    result = lint(tmp_path / "repo", files)
    assert result.findings == []
    assert result.files_checked >= 6


@pytest.mark.parametrize("block", ["script", "style"])
def test_unclosed_script_or_style_is_reported_and_still_read(tmp_path: Path, block: str) -> None:
    """The grammar drops an unterminated raw-text block; its content still counts, to the end of file."""
    page = sfc("")
    if block == "script":
        page = page.removesuffix("</script>\n")
    else:
        page = page.replace("<text>", '<text class="legal">') + "<style>\n.legal { font-size: 16rpx; }\n"
    result = vue_project(tmp_path / "repo", page.encode())
    errors = of(result, "parse-error", VUE_PAGE)
    assert [(e.line, e.message) for e in errors] == [(9 if block == "script" else 12, f"<{block}> is not closed")]
    # `agreed` comes from the unclosed script: the box is known to be checked only if it was read.
    assert lines(result, "consent-prechecked", VUE_PAGE) == [4], result.findings
    if block == "style":
        assert lines(result, "legal-text-small", VUE_PAGE) == [5], result.findings


def test_unclosed_template_is_reported_and_the_script_after_it_still_read(tmp_path: Path) -> None:
    page = sfc("").replace("</template>\n", "")
    result = vue_project(tmp_path / "repo", page.encode())
    assert [e.message for e in of(result, "parse-error", VUE_PAGE)] == ["<template> is not closed"]
    assert lines(result, "consent-prechecked", VUE_PAGE) == [4], result.findings


@pytest.mark.parametrize("stray", [".page { x\n", ".page { color\n"], ids=["token", "no-colon"])
def test_a_half_typed_scss_rule_leaves_the_page_linted(tmp_path: Path, stray: str) -> None:
    """A stray token before a nested rule with two declarations on a line raised IndexError in the SCSS reader (an
    internal error for the whole page, its consent box no longer reported): the page is still read."""
    page = sfc("").replace("<text>", '<text class="legal">') + (
        f'<style lang="scss">\n{stray}  .legal {{ color: #333; font-size: 16rpx; }}\n}}\n</style>\n')
    result = vue_project(tmp_path / "repo", page.encode())
    assert not of(result, "internal-error", VUE_PAGE), result.findings
    assert lines(result, "consent-prechecked", VUE_PAGE) == [4], result.findings
    taro_page = taro().replace("<Text>", "<Text className='legal'>").replace(
        "import { useState }", "import './index.scss'\nimport { useState }")
    scss = f"{stray}  .legal {{ color: #333; font-size: 16px; }}\n}}\n".encode()
    result = taro_project(tmp_path / "taro", taro_page.encode(), **{"src/pages/login/index.scss": scss})
    assert not of(result, "internal-error", TARO_PAGE), result.findings
    assert lines(result, "consent-prechecked", TARO_PAGE) == [10], result.findings


def test_broken_script_leaves_the_template_linted(tmp_path: Path) -> None:
    script = "export default {\n  data() { return { agreed: true }\n  methods: { submit( { }\n"
    page = sfc('    <checkbox value="sms" checked /><text>接收营销短信</text>\n', script)
    result = vue_project(tmp_path / "repo", page.encode())
    errors = of(result, "parse-error", VUE_PAGE)
    assert [e.message for e in errors] == ["script syntax error"] and errors[0].line >= 10
    # The literal `checked` is still found; `:checked="agreed"` depends on the broken script: unknown.
    assert lines(result, "consent-prechecked", VUE_PAGE) == [7], result.findings


def test_template_nested_thousands_deep_is_still_linted(tmp_path: Path) -> None:
    deep = "<view>" * 4000 + '<label><checkbox checked /><text>同意《用户协议》</text></label>' + "</view>" * 4000
    result = vue_project(tmp_path / "repo", sfc(f"    {deep}\n").encode())
    assert lines(result, "consent-prechecked", VUE_PAGE) == [4, 7], result.findings
    assert result.internal_errors == 0


def test_template_nested_thousands_deep_and_never_closed_is_reported(tmp_path: Path) -> None:
    page = "<template>\n" + "<view>" * 4000 + "\n<script>\nexport default {}\n</script>\n"
    result = vue_project(tmp_path / "repo", page.encode())
    assert of(result, "parse-error", VUE_PAGE) and result.internal_errors == 0


@pytest.mark.parametrize("nested", [
    "{" + "a: {" * 3000 + "}" * 3000 + "}",
    "[" * 3000 + "]" * 3000,
    "(" * 3000 + "1" + ")" * 3000,
], ids=["objects", "arrays", "parentheses"])
def test_data_nested_thousands_deep_never_raises(tmp_path: Path, nested: str) -> None:
    script = f"export default {{ data() {{ return {{ agreed: true, deep: {nested} }} }} }}"
    result = vue_project(tmp_path / "repo", sfc("", script).encode())
    assert lines(result, "consent-prechecked", VUE_PAGE) == [4], result.findings
    assert result.internal_errors == 0


@pytest.mark.parametrize("shape", ["ternary", "and", "or"])
def test_jsx_conditionals_nested_thousands_deep_are_followed(tmp_path: Path, shape: str) -> None:
    box = "<Label><Checkbox value='sms' checked /><Text>接收营销短信</Text></Label>"
    depth = 3000
    opener, closer = {"ternary": ("agreed ? (", ") : null"), "and": ("agreed && (", ")"),
                      "or": ("!agreed || (", ")")}[shape]
    result = taro_project(tmp_path / "repo", taro("{" + opener * depth + box + closer * depth + "}").encode())
    assert lines(result, "consent-prechecked", TARO_PAGE) == [9, 12], result.findings
    assert result.internal_errors == 0


def test_jsx_nested_thousands_deep_is_linted(tmp_path: Path) -> None:
    box = "<Label><Checkbox value='sms' checked /><Text>接收营销短信</Text></Label>"
    result = taro_project(tmp_path / "repo", taro("<View>" * 3000 + box + "</View>" * 3000).encode())
    assert lines(result, "consent-prechecked", TARO_PAGE) == [9, 12], result.findings


def _huge(path: Path, head: bytes, row: bytes, size: int = 20 * 1024 * 1024) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        handle.write(head)
        handle.write(row * (size // len(row) + 1))


@pytest.mark.parametrize("name", [VUE_PAGE, TARO_PAGE, "src/pages/plain/index.jsx"])
def test_twenty_megabyte_page_is_skipped_without_being_read(tmp_path: Path, name: str) -> None:
    """The `.tsx` is Taro by its import; the `.jsx` only by the project's build config."""
    root = tmp_path / "repo"
    if name.endswith("vue"):
        _huge(root / name, b"<template>\n<view>\n", "<text>第 1 条：条款内容</text>\n".encode())
    else:
        head = taro().encode().split(b"export default")[0] if name.endswith("tsx") else b""
        _huge(root / name, head, "const rows = ['第 1 条：条款内容']\n".encode())
    tracemalloc.start()
    try:
        result = lint(root, {"pages.json": PAGES_JSON, "config/index.js": TARO_CONFIG})
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [(f.path, f.severity) for f in of(result, "file-skipped")] == [(name, "info")], result.findings
    assert peak < 8 * 1024 * 1024, "the page was read into memory"


def test_taro_detection_reads_a_bounded_prefix_of_regular_files_only(tmp_path: Path) -> None:
    marker = b"import { View } from '@tarojs/components'\n"
    late = tmp_path / "late.tsx"
    late.write_bytes(b"// generated\n" * (detect.PREFIX_BYTES // 13 + 1) + marker)
    early = tmp_path / "early.tsx"
    early.write_bytes(marker + b"// generated\n" * (detect.PREFIX_BYTES // 13 + 1))
    assert detect.is_taro(early) and not detect.is_taro(late)
    assert len(detect.read_prefix(early)) == detect.PREFIX_BYTES
    assert detect.read_prefix(tmp_path) == b"" and detect.read_prefix(tmp_path / "missing.tsx") == b""


def test_context_scan_of_a_huge_file_does_not_read_it(tmp_path: Path) -> None:
    """The cache key scan (imports, component tags) follows the size limit like the frontend."""
    from lint.frontends.taro import page as taro_page
    from lint.frontends.vue import page as vue_page
    from lint.frontends.vue.project import find_project

    root = tmp_path / "repo"
    (root / "config").mkdir(parents=True)
    (root / "config/index.js").write_bytes(TARO_CONFIG)
    (root / "pages.json").write_bytes(PAGES_JSON)
    _huge(root / VUE_PAGE, b"<template>\n", b"<agree-box />\n")
    _huge(root / TARO_PAGE, b"import './index.scss'\n", b"<View />\n")
    # Warm the project lookup first: any `read_source`, even of the tiny pages.json, asks for a
    # buffer of max-file-size bytes, which tracemalloc counts though the memory is never touched.
    find_project((root / VUE_PAGE).parent)
    tracemalloc.start()
    try:
        vue_page.context_files(root / VUE_PAGE)
        taro_page.context_files(root / TARO_PAGE)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


@pytest.mark.parametrize("pages_json", [
    b'{"easycom": [1, 2]}',
    b'{"easycom": {"custom": ["^agree-(.*)"]}}',
    b'{"easycom": {"custom": {"^agree-(.*)": 42, "(": "@/components/x.vue"}}}',
    b"[" * 100_000 + b"]" * 100_000,
    b'{"easycom": {"custom": {"^(a+)+$": "@/components/$1.vue"}}}',
    '{"pages": [{"path": "pages/login/login", "style": {"navigationBarTitleText": "登录"}}]}'.encode("gbk"),
], ids=["easycom-list", "custom-list", "bad-entries", "nested-deep", "catastrophic-pattern", "gbk"])
def test_malformed_pages_json_leaves_the_pages_linted(tmp_path: Path, pages_json: bytes) -> None:
    """A tag of 40 a's would take (a+)+ minutes of backtracking: such patterns are not used."""
    page = sfc('    <aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-b />\n')
    result = lint(tmp_path / "repo", {"pages.json": pages_json, VUE_PAGE: page.encode()})
    assert lines(result, "consent-prechecked", VUE_PAGE) == [4], result.findings
    assert result.internal_errors == 0


@pytest.mark.parametrize("where", ["component-import", "style-import", "tag", "taro-style-import"])
def test_names_too_long_for_the_file_system_are_no_files(tmp_path: Path, where: str) -> None:
    long = "x" * 600
    if where == "taro-style-import":
        result = taro_project(tmp_path / "repo", taro(before=f"const [agreed] = useState(true) // {long}")
                              .replace("import { useState }", f"import './{long}.scss'\nimport {{ useState }}")
                              .encode())
        assert lines(result, "consent-prechecked", TARO_PAGE) == [10], result.findings
        assert result.internal_errors == 0
        return
    template = f"    <{long}-box />\n" if where == "tag" else "    <agree-box />\n"
    script = "export default { data() { return { agreed: true } } }"
    if where == "component-import":
        script = f"import AgreeBox from './{long}.vue'\n{script}"
    page = sfc(template, script)
    if where == "style-import":
        page += f"<style lang=\"scss\">\n@import './{long}';\n</style>\n"
    # The folders exist, so the file system looks at the long name itself (and refuses it).
    component = '<template>\n  <label><checkbox :checked="modelValue" />同意</label>\n</template>\n'
    result = vue_project(tmp_path / "repo", page.encode(), **{"components/agree-box/agree-box.vue": component.encode()})
    assert lines(result, "consent-prechecked", VUE_PAGE) == [4], result.findings
    assert result.internal_errors == 0


@pytest.mark.parametrize("width", ["0", "1" + "0" * 5000, "0x2EE"], ids=["zero", "5000-digits", "hex"])
def test_nonsense_design_width_falls_back_to_750(tmp_path: Path, width: str) -> None:
    """`font-size: 20px` at the default design width 750 is 10px on screen: small legal text."""
    config = f"module.exports = {{ designWidth: {width} }}\n".encode()
    page = taro().replace("<Text>", "<Text className='legal'>").replace("import { useState }",
                                                                        "import './index.css'\nimport { useState }")
    result = lint(tmp_path / "repo", {"config/index.js": config, TARO_PAGE: page.encode(),
                                      "src/pages/login/index.css": b".legal { font-size: 20px; }\n"})
    assert result.internal_errors == 0
    small = of(result, "legal-text-small", TARO_PAGE)
    assert [f.line for f in small] == [11] and "10px" in small[0].message + str(small[0].to_dict()), result.findings


def _nodes(result_root: Path) -> int:
    from lint.frontends.taro.page import build

    docs = build(result_root / TARO_PAGE, str)
    return sum(1 for doc in docs for root in doc.roots for _ in root.walk())


def test_jsx_components_fanning_out_are_bounded(tmp_path: Path) -> None:
    """Each local component renders forty of the next: expanded at every use that would be 40**5 elements. Uses
    past the budget are read alone instead, and the page is still linted."""
    names = ["Row", "Group", "Section", "Panel", "Block"]
    defined = "".join(
        f"const {name} = () => <View>{f'<{names[i + 1]} />' * 40 if i + 1 < len(names) else '<Text>x</Text>'}</View>\n"
        for i, name in enumerate(names))
    page = defined + taro("<Row />" * 40)
    root = tmp_path / "repo"
    result = taro_project(root, page.encode())
    assert lines(result, "consent-prechecked", TARO_PAGE) == [len(names) + 9], result.findings
    assert result.internal_errors == 0
    # At most MAX_USES (64) uses of each of the five components, each one component of 41 elements, plus the
    # definitions read alone: about 13,000 elements, against 40**5 (10**8) expanded without the budget.
    assert _nodes(root) < 20_000


def test_jsx_maps_nested_over_known_lists_are_bounded(tmp_path: Path) -> None:
    """Four maps nested over fifty known items: 50**4 renderings one by one. Past the budget a list is read as
    unknown, and the page is still linted."""
    inner = "<Text>{d}</Text>"
    for name in "dcba":
        inner = f"{{ITEMS.map(({name}) => <View>{inner}</View>)}}"
    page = "const ITEMS = [" + ", ".join(str(i) for i in range(50)) + "]\n" + taro(inner)
    root = tmp_path / "repo"
    result = taro_project(root, page.encode())
    assert lines(result, "consent-prechecked", TARO_PAGE) == [10], result.findings
    assert result.internal_errors == 0
    assert _nodes(root) < 50 * 1000


def test_jsx_component_budget_is_per_component(tmp_path: Path) -> None:
    """A city picker's 1,100 uses of its row component (more than the module's whole budget) do not use up what
    the settings row after it needs."""
    defined = ("const CityRow = ({ name }) => <View className='city'><Text>{name}</Text></View>\n"
               "const SwitchRow = ({ label, on }) => <View className='row'><Text>{label}</Text>"
               "<Switch checked={on} /></View>\n")
    cities = "".join(f"<CityRow name='城市{i}' />" for i in range(1100))
    page = defined + taro(cities + "\n      <SwitchRow label='接收营销短信' on />",
                                                      before="const [agreed] = useState(false)")
    page = page.replace("import { View, Text, Checkbox, Label }", "import { View, Text, Checkbox, Label, Switch }")
    result = taro_project(tmp_path / "repo", page.encode())
    assert lines(result, "consent-prechecked", TARO_PAGE) == [15], result.findings  # the SwitchRow use


def test_jsx_after_an_else_if_chain_thousands_long_is_read(tmp_path: Path) -> None:
    """`if (step === 0) return null else if (step === 1) …` 3,000 links long: the links after it render only when
    no branch returns; here the last one does (its state is known), so the privacy link is not rendered."""
    chain = "if (step === 0) { return null }" + "".join(f" else if (step === {i}) {{ return null }}"
                                                     for i in range(1, 3000))
    page = ("import { useState } from 'react'\n"
            "import { View, Navigator } from '@tarojs/components'\n"
            "export default function Steps() {\n"
            "  const [step] = useState(2999)\n"
            f"  {chain}\n"
            "  return (<View><Navigator url='/pages/legal/privacy'>《隐私政策》</Navigator></View>)\n"
            "}\n")
    result = taro_project(tmp_path / "repo", page.encode())
    assert lines(result, "terms-link-hidden", TARO_PAGE) == [6], result.findings
    assert result.internal_errors == 0


def test_a_render_helper_calling_itself_is_bounded_and_reported_once(tmp_path: Path) -> None:
    """`renderRow` renders itself again: the calls built in place are bounded, and the one element they all
    render alike is one finding (same rule, place and message), not one per call."""
    page = taro("{renderRow(0)}", before=(
        "const [agreed] = useState(true)\n"
        "  const renderRow = (n) => <View><Checkbox value='sms' checked /><Text>接收营销短信</Text>"
        "{renderRow(n + 1)}</View>"))
    result = taro_project(tmp_path / "repo", page.encode())
    assert lines(result, "consent-prechecked", TARO_PAGE) == [6, 10], result.findings
    assert result.internal_errors == 0

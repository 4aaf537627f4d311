"""primaryLocationLineHash must equal what GitHub's codeql-action computes.

The expected values are the test vectors of codeql-action's ``src/fingerprints.test.ts``;
matching them byte for byte is what keeps alerts from duplicating across uploads.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lint.report._linehash import line_hashes
from tests.conftest import run_cli

UPSTREAM_VECTORS = [
    ("", ["c129715d7a2bc9a3:1"]),
    (
        " a\nb\n  \t\tc\n d",
        [
            "271789c17abda88f:1",
            "54703d4cd895b18:1",
            "180aee12dab6264:1",
            "a23a3dc5e078b07b:1",
        ],
    ),
    (
        " hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End",
        [
            "8b7cf3e952e7aeb2:1",
            "b1ae1287ec4718d9:1",
            "bff680108adb0fcc:1",
            "c6805c5e1288b612:1",
            "b86d3392aea1be30:1",
            "e6ceba753e1a442:1",
        ],
    ),
    (
        "x = 2\nx = 1\nprint(x)\nx = 3\nprint(x)\nx = 4\nprint(x)\n",
        [
            "e54938cc54b302f1:1",
            "bb609acbe9138d60:1",
            "1131fd5871777f34:1",
            "5c482a0f8b35ea28:1",
            "54517377da7028d2:1",
            "2c644846cb18d53e:1",
            "f1b89f20de0d133:1",
            "c129715d7a2bc9a3:1",
        ],
    ),
    (
        "Lorem ipsum dolor sit amet.\n" * 10,
        [
            *(f"a7f2ff13bc495cf2:{n}" for n in range(1, 7)),
            "a7f2ff1481e87703:1",
            "a9cf91f7bbf1862b:1",
            "55ec222b86bcae53:1",
            "cc97dc7b1d7d8f7b:1",
            "c129715d7a2bc9a3:1",
        ],
    ),
]

LF_HASHES = [
    "e9496ae3ebfced30:1",
    "fb7c023a8b9ccb3f:1",
    "ce8ba1a563dcdaca:1",
    "e20e36e16fcb0cc8:1",
    "b3edc88f2938467e:1",
    "c8e28b0b4002a3a0:1",
    "c129715d7a2bc9a3:1",
]


def _in_line_order(text: str) -> list[str]:
    hashes = line_hashes(text)
    assert sorted(hashes) == list(range(1, len(hashes) + 1))
    return [hashes[number] for number in sorted(hashes)]


@pytest.mark.parametrize(("text", "expected"), UPSTREAM_VECTORS)
def test_matches_codeql_action_vectors(text: str, expected: list[str]) -> None:
    assert _in_line_order(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        " hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n",
        " hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r",
        " hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n",
        " hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n",
    ],
)
def test_line_endings_are_normalised(text: str) -> None:
    assert _in_line_order(text) == LF_HASHES


def test_astral_characters_count_as_two_code_units() -> None:
    # JavaScript strings hold U+1F600 as a surrogate pair; hashing it as one unit would
    # produce a different value than GitHub's.
    with_emoji = line_hashes("<text>😀</text>\n")[1]
    with_pair = line_hashes("<text>\ud83d\ude00</text>\n")[1]
    assert with_emoji == with_pair
    assert with_emoji != line_hashes("<text>\ud83d</text>\n")[1]


def test_sarif_hashes_a_file_as_upload_sarif_reads_it(tmp_path: Path) -> None:
    """A legacy page saved in GBK (and a layout with a BOM): upload-sarif reads the bytes as UTF-8 (U+FFFD for
    what does not decode, the BOM kept); the hash darklint writes must be that one, or GitHub logs an
    inconsistent fingerprint and the alert's identity differs from the one it would compute."""
    (tmp_path / "app.json").write_text('{"pages": ["pages/vip/vip"]}', encoding="utf-8")
    page = tmp_path / "pages" / "vip"
    page.mkdir(parents=True)
    (page / "vip.js").write_text("Page({ data: { renew: true } })\n", encoding="utf-8")
    wxml = ('<view class="plan">\n  <checkbox checked="{{renew}}" />\n'
            '  <text>开通连续包月，到期自动续费</text>\n</view>\n')
    raw = wxml.encode("gbk")
    (page / "vip.wxml").write_bytes(raw)
    result = run_cli("check", "--format", "sarif", "--no-cache", ".", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    (finding,) = json.loads(result.stdout)["runs"][0]["results"]
    line = finding["locations"][0]["physicalLocation"]["region"]["startLine"]
    written = finding["partialFingerprints"]["primaryLocationLineHash"]
    assert written == line_hashes(raw.decode("utf-8", "replace"))[line]
    assert written != line_hashes(wxml)[line]

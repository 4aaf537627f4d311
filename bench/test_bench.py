"""Tests for the benchmark tooling: the corpus is deterministic and well-formed, dark patterns are planted where
asked and nowhere else, and the runner copes with a darklint CLI that lacks flags. No timings are asserted."""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from xml.etree import ElementTree

from corpus_layout import CHECKBOX_TAGS, layout_xml
from gen_corpus import generate
from measure import measure
from parse_floor import make_parsers, parse_corpus
from runners import Darklint

ANDROID = "{http://schemas.android.com/apk/res/android}"
SMALL_SCALE = 0.02  # 60 layouts in one module, 20 mini-program pages


def snapshot(root: Path) -> dict[str, bytes]:
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in root.rglob("*") if path.is_file()}


def small_corpus(tmp_path: Path) -> Path:
    """Imports no pytest on purpose: the bench modules sort as first- or third-party depending on ruff's config."""
    root = tmp_path / "corpus"
    generate(root, seed=7, scale=SMALL_SCALE)
    return root


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    corpus = small_corpus(tmp_path)
    generate(tmp_path / "again", seed=7, scale=SMALL_SCALE)
    generate(tmp_path / "other", seed=8, scale=SMALL_SCALE)
    assert snapshot(tmp_path / "again") == snapshot(corpus)
    assert snapshot(tmp_path / "other") != snapshot(corpus)


def test_scale_multiplies_units(tmp_path: Path) -> None:
    small = generate(tmp_path / "small", seed=1, scale=0.01)
    large = generate(tmp_path / "large", seed=1, scale=0.04)
    layouts = len(list((tmp_path / "large").rglob("res/layout/*.xml")))
    pages = len(list((tmp_path / "large").rglob("pages/*/*.wxml")))
    assert (layouts, pages) == (120, 40)
    assert 3.0 < large.size / small.size < 5.0


def test_every_file_parses_except_known_wxml_text_operators(tmp_path: Path) -> None:
    corpus = small_corpus(tmp_path)
    summary = parse_corpus(corpus)
    assert summary["files"] == sum(1 for p in corpus.rglob("*") if p.suffix in {".xml", ".wxml", ".wxss", ".js",
                                                                                 ".json"})
    # tree-sitter-html trips only over `<`/`>` inside {{ }} text, which real pages contain (DESIGN.md).
    for relative in summary["error_examples"]:
        assert relative.endswith(".wxml"), relative
        assert re.search(r"\{\{[^}]*[<>][^}]*\}\}</", (corpus / relative).read_text())


def test_scripts_styles_and_layouts_are_valid(tmp_path: Path) -> None:
    corpus = small_corpus(tmp_path)
    parsers = make_parsers()
    checked = 0
    for suffix in (".js", ".wxss", ".xml", ".json"):
        for path in corpus.rglob(f"*{suffix}"):
            assert parsers[suffix](path.read_bytes()), path
            checked += 1
    assert checked > 100


def test_app_json_lists_every_page_and_bindings_have_data(tmp_path: Path) -> None:
    corpus = small_corpus(tmp_path)
    program = next(corpus.glob("wechat/miniprogram_*"))
    listed = json.loads((program / "app.json").read_text())["pages"]
    assert listed == sorted(p.relative_to(program).with_suffix("").as_posix() for p in program.glob("pages/*/*.wxml"))
    for page in listed:
        template = (program / f"{page}.wxml").read_text()
        script = (program / f"{page}.js").read_text()
        for key in set(re.findall(r'checked="\{\{(\w+)\}\}"', template)):
            assert re.search(rf"^    {key}: (true|false),$", script, re.MULTILINE), (page, key)


def consent_checks(xml: str) -> list[str | None]:
    root = ElementTree.fromstring(xml.encode())
    return [node.get(f"{ANDROID}checked") for node in root.iter()
            if node.tag in CHECKBOX_TAGS and (node.get(f"{ANDROID}id") or "").startswith("@+id/consent_")]


def test_layouts_plant_prechecked_consent_only_when_asked() -> None:
    consent_rows = 0
    for seed in range(40):
        clean = layout_xml(random.Random(seed), 50, ["item_row_1"], None)
        consent_rows += len(consent_checks(clean))
        assert all(value is None for value in consent_checks(clean))
        dark = layout_xml(random.Random(seed), 50, ["item_row_1"], "prechecked")
        assert {"true", "@bool/default_marketing_opt_in"} & set(consent_checks(dark))
        elements = sum(1 for _ in ElementTree.fromstring(clean.encode()).iter())
        assert 20 <= elements <= 140
    assert consent_rows > 10  # unchecked consent rows exist, so the silence above means something


FAKE_CLI = """
import sys
if "--no-cache" in sys.argv:
    print("Usage: darklint check [OPTIONS] PATHS...\\nError: No such option: --no-cache", file=sys.stderr)
    sys.exit(2)
print('{"findings": [{"rule": "consent-prechecked"}]}')
sys.exit(1)
"""


def test_darklint_runner_drops_unknown_flags_and_reads_findings(tmp_path: Path) -> None:
    fake = tmp_path / "fake_darklint.py"
    fake.write_text(FAKE_CLI)
    darklint = Darklint([sys.executable, str(fake)], env={})
    result = darklint.check([("--no-cache", None), ("--jobs", "2")], [tmp_path])
    assert result.returncode == 1 and Darklint.failure(result) is None
    assert darklint.unsupported == {"--no-cache"}
    assert any("--no-cache" in note for note in darklint.notes)


def test_exit_one_without_json_is_a_failure() -> None:
    crashed = measure([sys.executable, "-c", "import sys; sys.exit('Traceback: boom')"])
    assert crashed.returncode == 1
    assert Darklint.failure(crashed) is not None


def test_peak_rss_tracks_what_the_child_allocates() -> None:
    grow = "b = bytearray(150 * 2**20); b[::4096] = b'x' * len(b[::4096])"
    big = measure([sys.executable, "-c", grow])
    small = measure([sys.executable, "-c", "pass"])
    assert big.peak_mb > 140
    assert small.peak_mb < big.peak_mb - 100


def test_cpu_counts_the_work_of_waited_for_children() -> None:
    """A parent that idles while two children spin must report the children's CPU, not its own."""
    spin = "import time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass"
    parent = (f"import subprocess, sys\nkids = [subprocess.Popen([sys.executable, '-c', {spin!r}]) for _ in range(2)]\n"
              "[k.wait() for k in kids]")
    measured = measure([sys.executable, "-c", parent])
    assert measured.returncode == 0
    assert measured.cpu >= 0.55
    assert measure([sys.executable, "-c", "pass"]).cpu < 0.3

"""The stat index: unchanged files are not re-read, changed ones always are, a damaged index is ignored."""

from __future__ import annotations

import builtins
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import lint.cache_index
import lint.execute
from lint.cache import CACHE_NAME
from lint.cache_context import ContextFiles
from lint.cache_index import INDEX_NAME, RACY_MARGIN_NS, StatIndex, trusted
from lint.discover import discover
from tests.test_cache import REGISTER, Linted, findings
from tests.test_execute import build_corpus

HOUR_NS = 3600 * 10**9


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_corpus(tmp_path_factory.mktemp("index-src"), scale=0.02)


@pytest.fixture
def corpus(pristine: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh copy whose files were last written an hour ago (a checkout from earlier today)."""
    copy = tmp_path / "project"
    shutil.copytree(pristine, copy)
    earlier = time.time_ns() - HOUR_NS
    for folder, _, names in os.walk(copy):
        for name in names:
            os.utime(os.path.join(folder, name), ns=(earlier, earlier))
    monkeypatch.chdir(copy)
    yield copy


def _same_size_edit(path: Path, old: bytes, new: bytes) -> None:
    """Rewrites `path` with one change of the same length and puts its mtime back, as a fast
    editor or a `touch -r` would."""
    assert len(old) == len(new)
    before = path.stat()
    data = path.read_bytes()
    assert old in data, f"{path} no longer holds {old!r}"
    path.write_bytes(data.replace(old, new, 1))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)


def test_trust_needs_the_same_stat_and_an_mtime_outside_the_racy_window() -> None:
    stamp = 10 * HOUR_NS
    old = (120, stamp - HOUR_NS, stamp - HOUR_NS, 7)
    assert trusted(old, old, stamp)
    assert not trusted(old, (121, *old[1:]), stamp), "size changed"
    assert not trusted(old, (120, old[1], old[2] + 1, 7), stamp), "ctime changed (utime, chmod)"
    assert not trusted(old, (120, old[1], old[2], 8), stamp), "replaced by another file"
    racy = (120, stamp - RACY_MARGIN_NS // 2, stamp - RACY_MARGIN_NS // 2, 7)
    assert not trusted(racy, racy, stamp), "written within the margin before the index: re-hash"


def test_a_racy_same_size_edit_with_its_mtime_restored_is_seen(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A filesystem whose ctime says nothing (some network and FUSE mounts): only the racy rule is left.
    real = lint.cache_index.stat_key
    monkeypatch.setattr(lint.cache_index, "stat_key",
                        lambda p: None if (k := real(p)) is None else (k[0], k[1], 0, k[3]))
    page = corpus / REGISTER
    now = time.time_ns()
    os.utime(page, ns=(now, now))  # just saved: within the racy window of the run that indexes it
    findings(corpus)
    linted = Linted(monkeypatch)
    _same_size_edit(page, b"<view", b"<vuew")
    assert findings(corpus) == findings(corpus, no_cache=True)
    assert linted.runs[0] == [REGISTER]


def test_an_old_file_edited_with_its_mtime_restored_is_seen_by_its_ctime(corpus: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    findings(corpus)
    linted = Linted(monkeypatch)
    _same_size_edit(corpus / REGISTER, b"<view", b"<vuew")  # mtime an hour old: outside the racy window
    assert findings(corpus) == findings(corpus, no_cache=True)
    assert linted.runs[0] == [REGISTER]


class Reads:
    """Counts reads of the project's files (not of the cache) through every route darklint uses, while
    units are keyed and linted (`lint_all`); suppression comments are read afterwards, by the filters,
    for the files that have findings."""

    def __init__(self, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.paths: list[str] = []
        project, cache = str(corpus), str(corpus / CACHE_NAME)
        real_open, real_lint_all = builtins.open, lint.execute.lint_all
        active = [False]

        def counting_open(file: Any, *args: Any, **kwargs: Any) -> Any:
            name = os.path.abspath(os.fspath(file)) if isinstance(file, (str, Path)) else ""
            if active[0] and name.startswith(project) and not name.startswith(cache):
                self.paths.append(name)
            return real_open(file, *args, **kwargs)

        def counting_lint_all(*args: Any, **kwargs: Any) -> Any:
            active[0] = True
            try:
                return real_lint_all(*args, **kwargs)
            finally:
                active[0] = False

        monkeypatch.setattr(builtins, "open", counting_open)
        monkeypatch.setattr("io.open", counting_open)
        monkeypatch.setattr(lint.execute, "lint_all", counting_lint_all)


def test_a_warm_run_reads_no_file_it_has_indexed(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = findings(corpus)
    index = json.loads((corpus / CACHE_NAME / INDEX_NAME).read_bytes())
    indexed = set(index["files"])
    assert str(corpus / REGISTER) in indexed and len(indexed) > 100
    reads = Reads(corpus, monkeypatch)
    linted = Linted(monkeypatch)
    assert findings(corpus) == expected
    assert linted.runs == [[]]
    assert not set(reads.paths) & indexed, "read again although unchanged"
    assert reads.paths == [], "read a project file"
    # The counter does see reads: a changed file is read once, and only it.
    _same_size_edit(corpus / REGISTER, b"<view", b"<vuew")
    reads.paths.clear()
    findings(corpus)
    assert str(corpus / REGISTER) in reads.paths


@pytest.mark.parametrize("damage", ["garbage", "truncate", "not-an-object", "bad-entries", "bad-stamp", "other-code"])
def test_a_damaged_index_is_ignored(corpus: Path, damage: str, monkeypatch: pytest.MonkeyPatch) -> None:
    findings(corpus)
    path = corpus / CACHE_NAME / INDEX_NAME
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    if damage == "garbage":
        path.write_bytes(b"\x00\xff not json")
    elif damage == "truncate":
        path.write_text(text[: len(text) // 2], encoding="utf-8")
    elif damage == "not-an-object":
        path.write_text("[1, 2, 3]", encoding="utf-8")
    elif damage == "bad-entries":
        for name, entry in data["files"].items():
            data["files"][name] = [["x"] * 4, entry[1][:7], []] if len(name) % 2 else "entry"
        path.write_text(json.dumps(data), encoding="utf-8")
    elif damage == "bad-stamp":
        data["stamp"] = "soon"
        path.write_text(json.dumps(data), encoding="utf-8")
    else:  # an index another darklint wrote: its scans (imports, components) may differ
        data["salt"] = "0" * 64
        path.write_text(json.dumps(data), encoding="utf-8")
    reads = Reads(corpus, monkeypatch)
    _same_size_edit(corpus / REGISTER, b"<view", b"<vuew")
    assert findings(corpus) == findings(corpus, no_cache=True)
    assert str(corpus / REGISTER) in reads.paths
    rewritten = json.loads(path.read_bytes())
    assert rewritten["stamp"] > 0 and str(corpus / REGISTER) in rewritten["files"]


def test_an_earlier_component_candidate_created_later_changes_the_key(corpus: Path) -> None:
    """`usingComponents` resolves to the first candidate that exists; creating an earlier one
    switches the component, so every candidate is part of the key, existing or not."""
    page = corpus / REGISTER
    app = page.parents[2]
    (app / "components" / "terms").mkdir(parents=True)
    (app / "components" / "terms" / "index.wxml").write_text("<switch checked/>\n", encoding="utf-8")
    (app / "components" / "terms" / "index.json").write_text(
        '{"component": true, "usingComponents": {"fine-print": "./fine-print"}}', encoding="utf-8")
    page.with_suffix(".json").write_text('{"usingComponents": {"terms": "/components/terms"}}', encoding="utf-8")
    unit = discover([page]).units[0]
    parts = ContextFiles()(unit)
    assert parts is not None
    listed = {Path(path) for _, files in parts for path in files}
    assert app / "components" / "terms.wxml" in listed, "the earlier candidate, not there yet"
    assert app / "components" / "terms" / "index.js" in listed
    assert app / "components" / "terms" / "fine-print.wxml" in listed, "a component's own component"


def test_a_warm_run_does_not_import_the_mini_program_frontend(corpus: Path) -> None:
    check = ("import sys; from pathlib import Path; from lint.runner import RunOptions, run; "
             "run([Path('.')], RunOptions(jobs=1)); "
             "print(sorted(m for m in sys.modules if m.startswith(('lint.frontends.mini.page', 'tree_sitter'))))")
    cold = subprocess.run([sys.executable, "-c", check], cwd=corpus, capture_output=True, text=True, check=True)
    assert "lint.frontends.mini.page" in cold.stdout, cold.stderr
    warm = subprocess.run([sys.executable, "-c", check], cwd=corpus, capture_output=True, text=True, check=True)
    assert warm.stdout.strip() == "[]", warm.stderr


def test_without_a_folder_the_index_is_a_per_run_memo(tmp_path: Path) -> None:
    path = tmp_path / "a.wxss"
    path.write_text('@import "b.wxss";\n', encoding="utf-8")
    index = StatIndex()
    first = index.digest(path)
    path.write_text('@import "c.wxss";\n', encoding="utf-8")
    assert index.digest(path) == first, "one run sees one version of a file"
    assert StatIndex().digest(path) != first
    index.save()
    assert os.listdir(tmp_path) == ["a.wxss"], "nothing written without a cache folder"

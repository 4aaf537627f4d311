"""Isolation and the file system: one failure never takes the rest of the run with it.

Covers internal errors (exit code 2, every other unit reported), unreadable, vanishing, looping
and badly named files, FIFOs, and the configuration side: did-you-mean messages with file and
line, and user regular expressions that could hang a run.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from lint.config import ConfigError
from lint.lexicon import MAX_PATTERN_CHARS, LexiconError, build
from lint.runner import RunOptions, exit_code, run
from tests.test_hostile_inputs import LAYOUT, lint, of
from tests.test_hostile_tree import CHECKED_EN, layout


def _two_layouts_and_a_page(root: Path) -> dict[str, bytes]:
    return {
        f"{LAYOUT}/a.xml": layout(CHECKED_EN).encode(),
        f"{LAYOUT}/b.xml": layout(CHECKED_EN).encode(),
        "mini/app.json": b"{}",
        "mini/pages/p/p.wxml": '<label><checkbox checked />同意《用户协议》</label>\n'.encode(),
    }


def test_unexpected_exception_is_an_internal_error_for_that_file_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lint.frontends.android import layout as layout_frontend

    real = layout_frontend.build

    def failing(path: Path, *args: Any) -> Any:
        if path.name == "a.xml":
            raise KeyError("simulated frontend bug")
        return real(path, *args)

    monkeypatch.setattr(layout_frontend, "build", failing)
    result = lint(tmp_path / "repo", _two_layouts_and_a_page(tmp_path))
    errors = of(result, "internal-error")
    assert [(f.path, f.severity) for f in errors] == [(f"{LAYOUT}/a.xml", "error")]
    assert "KeyError" in errors[0].message and "report" in errors[0].message
    # The same module's other layout and the other unit are still linted.
    assert {f.path for f in of(result, "consent-prechecked")} == {f"{LAYOUT}/b.xml", "mini/pages/p/p.wxml"}
    assert exit_code(result, "never") == 2
    assert "internal-error" in result.rules, "reporters need the rule's metadata"


def test_without_internal_errors_the_exit_code_follows_the_findings(tmp_path: Path) -> None:
    result = lint(tmp_path / "repo", _two_layouts_and_a_page(tmp_path))
    assert (exit_code(result, "error"), exit_code(result, "never")) == (1, 0)


def test_unreadable_file_is_a_parse_error_and_the_rest_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import lint.source as source_module

    real = source_module.open_nonblocking

    def denied(path: str, flags: int = os.O_RDONLY) -> int:
        if path.endswith("a.xml"):
            raise PermissionError(13, "Permission denied", path)
        return real(path, flags)

    # Tests run as root here, where chmod 000 does not stop a read: simulate what a user sees.
    monkeypatch.setattr(source_module, "open_nonblocking", denied)
    result = lint(tmp_path / "repo", _two_layouts_and_a_page(tmp_path))
    assert ["Permission denied" in f.message for f in of(result, "parse-error", f"{LAYOUT}/a.xml")] == [True]
    assert of(result, "consent-prechecked", f"{LAYOUT}/b.xml")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files and lists folders whatever their mode")
def test_chmod_000_file_and_folder(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    files = _two_layouts_and_a_page(root)
    files["other/src/main/res/layout/c.xml"] = layout(CHECKED_EN).encode()
    lint(root, files)
    (root / LAYOUT / "a.xml").chmod(0)
    (root / "other").chmod(0)
    try:
        result = run([root], RunOptions(cwd=root, jobs=1, no_cache=True))
    finally:
        (root / "other").chmod(0o755)
    assert of(result, "parse-error", f"{LAYOUT}/a.xml")
    assert any("other" in n and "cannot list" in n for n in result.notices)
    assert of(result, "consent-prechecked", f"{LAYOUT}/b.xml")


def test_file_vanishing_between_discovery_and_linting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import lint.runner as runner_module
    from lint.discover import discover as real_discover

    def discover_then_delete(paths: Any, *args: Any) -> Any:
        found = real_discover(paths, *args)
        (tmp_path / "repo" / LAYOUT / "a.xml").unlink()
        return found

    monkeypatch.setattr(runner_module, "discover", discover_then_delete)
    result = lint(tmp_path / "repo", _two_layouts_and_a_page(tmp_path))
    assert ["No such file" in f.message for f in of(result, "parse-error", f"{LAYOUT}/a.xml")] == [True]
    assert of(result, "consent-prechecked", f"{LAYOUT}/b.xml")
    assert result.internal_errors == 0


def test_symlink_loops_dangling_links_and_non_utf8_names_become_notices(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    files = _two_layouts_and_a_page(root)
    lint(root, files)
    folder = root / LAYOUT
    os.symlink("loop_b.xml", folder / "loop_a.xml")
    os.symlink("loop_a.xml", folder / "loop_b.xml")
    os.symlink("gone.xml", folder / "dangling.xml")
    os.symlink("..", folder / "parent")  # a folder loop: never followed
    with open(os.fsencode(folder) + b"/r\xe9sum\xe9.xml", "wb") as handle:
        handle.write(layout(CHECKED_EN).encode())
    result = run([root], RunOptions(cwd=root, jobs=1, no_cache=True))
    notices = "\n".join(result.notices)
    assert "loop_a.xml" in notices and "loop_b.xml" in notices and "dangling.xml" in notices
    assert "r\\xe9sum\\xe9.xml: skipped, file name is not valid UTF-8" in notices
    assert {f.path for f in of(result, "consent-prechecked")} == {f"{LAYOUT}/a.xml", f"{LAYOUT}/b.xml",
                                                                  "mini/pages/p/p.wxml"}
    for finding in result.findings:
        finding.path.encode("utf-8")  # every reported path is printable


def test_fifo_named_like_a_layout_does_not_block(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    lint(root, _two_layouts_and_a_page(root))
    os.mkfifo(root / LAYOUT / "pipe.xml")
    result = run([root / LAYOUT / "pipe.xml", root / LAYOUT / "b.xml"], RunOptions(cwd=root, jobs=1, no_cache=True))
    assert of(result, "consent-prechecked", f"{LAYOUT}/b.xml")
    assert ["regular file" in f.message for f in of(result, "parse-error", f"{LAYOUT}/pipe.xml")] == [True]


@pytest.mark.parametrize(("config", "line", "needle"), [
    ("extends: recommended\nexclud:\n  - build/**\n", 2, "unknown key; did you mean 'exclude'?"),
    ("extends: recommended\nrules:\n  consent-precheked: error\n", 3, "did you mean 'consent-prechecked'?"),
    ("extends: recommended\nlexicons:\n  consnt:\n    add: [opt in]\n", 3, "unknown lexicon; did you mean 'consent'?"),
    ("extends: recommended\nlexicons:\n  consent:\n    patterns: ['(a+)+b']\n", 4, "nests a quantifier"),
], ids=["key", "rule", "lexicon", "pattern"])
def test_config_mistakes_name_file_line_and_a_suggestion(tmp_path: Path, config: str, line: int, needle: str) -> None:
    with pytest.raises(ConfigError) as caught:
        lint(tmp_path / "repo", {f"{LAYOUT}/a.xml": layout(CHECKED_EN).encode()}, config=config)
    message = str(caught.value)
    assert f".darklint.yaml:{line}:" in message and needle in message, message


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(a|aa)*$", r"(x?){40}x{40}", r"(\w+)\s\1", r".*.*.*=", r"[", r"a*"])
def test_unsafe_or_broken_user_patterns_are_configuration_errors(pattern: str) -> None:
    with pytest.raises(LexiconError):
        build("consent", ["agree"], [pattern])


def test_user_pattern_cannot_run_away_on_a_huge_label() -> None:
    # Two unbounded quantifiers are allowed (cubic backtracking); over a megabyte of text that would
    # run for hours, over the bounded prefix it returns at once (this test would hang otherwise).
    lexicon = build("consent", ["agree"], [r".*.*=x"])
    assert lexicon.search("a" * 1_000_000) is None
    assert lexicon.search("a" * (MAX_PATTERN_CHARS - 3) + "=x") is not None
    assert lexicon.search("a" * MAX_PATTERN_CHARS + "=x") is None, "only a bounded prefix is matched"


def test_lexicon_words_are_literal_not_regular_expressions() -> None:
    lexicon = build("consent", ["a.b", "opt-in (email)"], [])
    assert lexicon.search("I accept a.b") and not lexicon.search("I accept axb")
    assert lexicon.search("Opt-in (email) now") and not lexicon.search("opt-in email")

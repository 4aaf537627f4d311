"""Paths in reports: the fast POSIX path must show exactly what `Path.resolve()` relative to the cwd shows."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lint.runner import display_path

POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="symlinks and the POSIX fast path")


def _reference(path: Path, cwd: Path) -> str:
    try:
        return path.resolve().relative_to(cwd.resolve()).as_posix() if path.is_absolute() else path.as_posix()
    except ValueError:
        return path.resolve().as_posix()


@POSIX_ONLY
def test_display_path_matches_resolve(tmp_path: Path) -> None:
    app = tmp_path / "repo" / "app" / "src" / "main" / "res" / "layout"
    app.mkdir(parents=True)
    (app / "activity_login.xml").write_text("<LinearLayout/>")
    pages = tmp_path / "repo" / "miniprogram" / "pages" / "login"
    pages.mkdir(parents=True)
    (pages / "login.wxml").write_text("<view/>")
    (tmp_path / "linked-pages").symlink_to(pages)  # a symlinked folder
    (pages / "alias.wxml").symlink_to(app / "activity_login.xml")  # a symlinked file, elsewhere
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    cases = [
        app / "activity_login.xml",
        pages / "login.wxml",
        tmp_path / "linked-pages" / "login.wxml",
        pages / "alias.wxml",
        pages / ".." / "login" / "login.wxml",
        pages / "missing.wxml",  # vanished between discovery and reporting
        tmp_path / "repo",
        Path("relative/page.wxml"),
    ]
    for cwd in (tmp_path / "repo", tmp_path, elsewhere, tmp_path / "linked-pages", pages):
        for path in cases:
            assert display_path(path, cwd) == _reference(path, cwd), (path, cwd)

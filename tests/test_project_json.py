"""Project JSON files (`app.json`, a page's `.json`) are read once per process while they stay unchanged.

Every page reads `app.json` (which lists every page) and its own JSON three times, so `project.read_json`
remembers them; a file whose stat changes is read again, and one changed in the last seconds is never
remembered (a rewrite in the same clock tick with the same size would look unchanged).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.frontends.mini import project


def test_a_settled_file_is_read_once_and_again_when_it_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(project, "_SETTLED_NS", -1)  # as if the files were written long ago (ctime cannot be set)
    app = tmp_path / "app.json"
    app.write_text('{"pages": ["pages/a/a"]}', encoding="utf-8")
    first = project.read_json(app)
    assert first == {"pages": ["pages/a/a"]} and project.read_json(app) is first  # remembered
    app.write_text('{"pages": ["pages/a/a", "pages/b/b"]}', encoding="utf-8")  # its stat changes: read again
    assert project.read_json(app) == {"pages": ["pages/a/a", "pages/b/b"]}


def test_a_file_changed_just_now_is_never_remembered(tmp_path: Path) -> None:
    page = tmp_path / "p.json"
    page.write_text('{"component": true}', encoding="utf-8")
    assert project.read_json(page) == {"component": True}
    page.write_text('{"component": 1234}', encoding="utf-8")  # same size, same tick: only re-reading sees it
    assert project.read_json(page) == {"component": 1234}


def test_missing_or_invalid_files_read_as_empty(tmp_path: Path) -> None:
    assert project.read_json(tmp_path / "absent.json") == {}
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert project.read_json(broken) == {}

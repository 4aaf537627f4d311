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


@pytest.mark.parametrize(("content", "where", "message"), [
    ('{\n  "usingComponents": {\n    "agree": "@vant/weapp/checkbox/index",\n  }\n}\n', (4, 3),
     "Expecting property name enclosed in double quotes"),
    ('{\n<<<<<<< HEAD\n  "pages": ["pages/a/a"]\n=======\n  "pages": []\n>>>>>>> main\n}\n', (2, 1),
     "Expecting property name enclosed in double quotes"),
    ('// page config\n{"component": true}\n', (1, 1), "Expecting value"),
    ('["pages/a/a"]\n', (1, 1), "not a JSON object"),
])
def test_a_broken_file_reads_as_empty_and_says_where(tmp_path: Path, content: str, where: tuple[int, int],
                                                    message: str) -> None:
    broken = tmp_path / "page.json"
    broken.write_text(content, encoding="utf-8")
    data, error = project.read_json_checked(broken)
    assert data == {} and error is not None
    assert error[:2] == where and message in error[2]


def test_a_missing_or_blank_file_is_not_an_error(tmp_path: Path) -> None:
    blank = tmp_path / "blank.json"
    blank.write_text("\n", encoding="utf-8")
    assert project.read_json_checked(blank) == ({}, None)
    assert project.read_json_checked(tmp_path / "absent.json") == ({}, None)


def test_a_broken_app_json_is_reported_once_for_all_pages(tmp_path: Path) -> None:
    from lint.runner import RunOptions, run

    (tmp_path / "app.json").write_text('{"pages": ["pages/a/a", "pages/b/b"],}', encoding="utf-8")
    for name in ("a", "b"):
        page = tmp_path / "pages" / name
        page.mkdir(parents=True)
        (page / f"{name}.wxml").write_text("<view>{{title}}</view>\n", encoding="utf-8")
        (page / f"{name}.js").write_text("Page({ data: { title: 'x' } })\n", encoding="utf-8")
    result = run([tmp_path], RunOptions(cwd=tmp_path, no_cache=True, jobs=1))
    assert [(f.rule, f.path, f.line) for f in result.findings] == [("parse-error", "app.json", 1)]

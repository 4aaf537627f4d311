"""The result cache: warm runs lint nothing, every context file invalidates, damage is never trusted."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import lint.execute
from lint.cache import CACHE_NAME, PRUNE_AFTER_DAYS, UnitCache, project_root
from lint.cache_context import ContextFiles
from lint.config import _find_config
from lint.discover import Unit, discover
from lint.runner import RunOptions, _config_in, run
from tests.test_execute import build_corpus

SIGNUP = "examples/android-app/app/src/main/res/layout/activity_signup.xml"
REGISTER = "examples/wechat-miniprogram/pages/register/register.wxml"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_corpus(tmp_path_factory.mktemp("cache-src"), scale=0.02)


@pytest.fixture
def corpus(pristine: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh copy per test, because tests edit files and fill the cache."""
    copy = tmp_path / "project"
    shutil.copytree(pristine, copy)
    monkeypatch.chdir(copy)
    yield copy


class Linted:
    """Records which units each run really linted (the rest came from the cache)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.runs: list[list[str]] = []
        real = lint.execute._lint

        def spy(work: Any, pending: list[int], options: RunOptions) -> Any:
            # Relative to the project (the working folder): units hold the absolute paths discovery made.
            self.runs.append([os.path.relpath(work[i].unit.context) for i in pending])
            return real(work, pending, options)

        monkeypatch.setattr(lint.execute, "_lint", spy)


def listed_files(unit: Unit) -> list[Path]:
    parts = ContextFiles()(unit)
    assert parts is not None
    return [Path(path) for _, files in parts for path in files]


def findings(corpus: Path, **options: Any) -> list[dict[str, Any]]:
    result = run([Path(".")], RunOptions(cwd=corpus, jobs=1, **options))
    return [{**f.to_dict(), "identity": f.identity} for f in result.findings]


def test_warm_run_reads_everything_from_the_cache(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = findings(corpus, no_cache=True)
    linted = Linted(monkeypatch)
    assert findings(corpus) == expected
    assert findings(corpus) == expected
    assert len(linted.runs[0]) > 10 and linted.runs[1] == []
    cache = corpus / CACHE_NAME
    assert (cache / ".gitignore").read_text().splitlines()[-1] == "*"
    assert not list((cache / "units").glob(".tmp-*")), "a temporary file was left behind"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path} no longer holds {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_values_change_relints_its_module_only(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    findings(corpus)
    linted = Linted(monkeypatch)
    res = corpus / "examples/android-app/app/src/main/res"
    _edit(res / "values/dimens.xml", "</resources>", '    <dimen name="unused_by_layouts">3sp</dimen>\n</resources>')
    assert findings(corpus) == findings(corpus, no_cache=True)
    assert linted.runs[0] == [str(res.relative_to(corpus))]


def test_an_imported_style_change_relints_the_page(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = corpus / REGISTER
    (page.parent / "common.wxss").write_text(".legal { color: #999; }\n", encoding="utf-8")
    style = page.with_suffix(".wxss")
    style.write_text('@import "common.wxss";\n' + style.read_text(encoding="utf-8"), encoding="utf-8")
    assert page.parent / "common.wxss" in listed_files(next(u for u in discover([page]).units))
    findings(corpus)
    linted = Linted(monkeypatch)
    (page.parent / "common.wxss").write_text(".legal { font-size: 12rpx; }\n", encoding="utf-8")
    assert findings(corpus) == findings(corpus, no_cache=True)
    assert linted.runs[0] == [REGISTER]


def test_a_compiled_style_source_and_its_partial_are_part_of_the_page(corpus: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # A page styled in Sass instead of WXSS (the devtools' sass plugin compiles it): its .scss and the partial
    # it imports without a suffix are read, so they are in the key.
    page = corpus / REGISTER
    style = page.with_suffix(".wxss")
    partial = page.parent / "_legal.scss"
    partial.write_text(".legal { color: #999; }\n", encoding="utf-8")
    page.with_suffix(".scss").write_text('@import "legal";\n' + style.read_text(encoding="utf-8"), encoding="utf-8")
    style.unlink()
    assert {page.with_suffix(".scss"), partial} <= set(listed_files(next(u for u in discover([page]).units)))
    findings(corpus)
    linted = Linted(monkeypatch)
    partial.write_text(".legal { font-size: 12rpx; }\n", encoding="utf-8")
    assert findings(corpus) == findings(corpus, no_cache=True)
    assert linted.runs[0] == [REGISTER]


def test_an_included_template_change_relints_the_page(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = corpus / REGISTER
    shared = corpus / "examples" / "wechat-miniprogram" / "templates" / "consent.wxml"
    shared.parent.mkdir(parents=True, exist_ok=True)
    shared.write_text('<label><checkbox checked="{{agreed}}" />订阅优惠信息</label>\n', encoding="utf-8")
    _edit(page, "</view>", '<include src="/templates/consent.wxml" />\n</view>')
    assert shared in listed_files(next(u for u in discover([page]).units))
    findings(corpus)
    linted = Linted(monkeypatch)
    shared.write_text('<label><checkbox checked="{{true}}" />订阅优惠信息</label>\n', encoding="utf-8")
    assert findings(corpus) == findings(corpus, no_cache=True)
    assert REGISTER in linted.runs[0]


def test_an_imported_template_change_relints_the_page(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = corpus / REGISTER
    shared = corpus / "examples" / "wechat-miniprogram" / "templates" / "rows.wxml"
    shared.parent.mkdir(parents=True, exist_ok=True)
    row = '<template name="row"><label><checkbox checked="{{on}}" />订阅优惠信息</label></template>\n'
    shared.write_text(row, encoding="utf-8")
    _edit(page, "</view>", '<import src="/templates/rows.wxml" /><template is="row" data="{{on: false}}" />\n</view>')
    assert shared in listed_files(next(u for u in discover([page]).units))
    findings(corpus)
    linted = Linted(monkeypatch)
    shared.write_text(row.replace('{{on}}', '{{!on}}'), encoding="utf-8")
    assert findings(corpus) == findings(corpus, no_cache=True)
    assert REGISTER in linted.runs[0]


def test_a_layout_change_relints_every_chunk_that_may_include_it(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    units = discover([Path(".")]).units
    res = next(u.context for u in units if u.kind == "android" and "gen" in u.context.parts)
    chunks = [os.path.relpath(u.context) for u in units if u.context == res]
    findings(corpus)
    linted = Linted(monkeypatch)
    layout = sorted((corpus / res / "layout").glob("*.xml"))[-1]
    _edit(layout, "</", "<!-- edited -->\n</")
    assert findings(corpus) == findings(corpus, no_cache=True)
    assert linted.runs[0] == chunks


def test_android_context_reaches_dependencies_code_and_manifest(tmp_path: Path) -> None:
    app = tmp_path / "app" / "src" / "main"
    lib = tmp_path / "core" / "src" / "main"
    for folder in (app / "res" / "layout", lib / "res" / "values", app / "java" / "com" / "x"):
        folder.mkdir(parents=True)
    (tmp_path / "settings.gradle").write_text("include ':app', ':core'\n")
    (tmp_path / "app" / "build.gradle").write_text("dependencies { implementation project(':core') }\n")
    (app / "res" / "layout" / "main.xml").write_text("<FrameLayout/>\n")
    (lib / "res" / "values" / "strings.xml").write_text("<resources/>\n")
    (app / "java" / "com" / "x" / "Main.java").write_text("class Main {}\n")
    unit = discover([tmp_path]).units[0]
    listed = set(listed_files(unit))
    assert {app / "res" / "layout" / "main.xml", app / "AndroidManifest.xml", tmp_path / "app" / "build.gradle",
            app / "java" / "com" / "x" / "Main.java"} <= listed
    assert any(p.name == "strings.xml" and "core" in p.parts for p in listed), "dependency resources missing"


def test_a_library_context_lists_the_values_of_the_apps_that_package_it(tmp_path: Path) -> None:
    # An app's value for a name wins over the library's in its APK (android/builds.py): a warm run after the app's
    # values (or a flavor's of the app) change must lint the library's layouts again.
    app, lib = tmp_path / "app" / "src", tmp_path / "core" / "src" / "main"
    for folder in (app / "main" / "res" / "values", app / "huawei" / "res" / "values", lib / "res" / "layout"):
        folder.mkdir(parents=True)
    (tmp_path / "settings.gradle").write_text("include ':app', ':core'\n")
    (tmp_path / "app" / "build.gradle").write_text("dependencies { implementation project(':core') }\n")
    (lib / "res" / "layout" / "row.xml").write_text("<FrameLayout/>\n")
    for values in (app / "main" / "res" / "values", app / "huawei" / "res" / "values"):
        (values / "bools.xml").write_text("<resources/>\n")
    listed = {p.resolve() for p in listed_files(discover([lib]).units[0])}
    assert {(app / "main" / "res" / "values" / "bools.xml").resolve(),
            (app / "huawei" / "res" / "values" / "bools.xml").resolve()} <= listed


def test_page_context_follows_script_and_style_imports(corpus: Path) -> None:
    page = corpus / REGISTER
    app = page.parents[2]
    (app / "utils").mkdir(exist_ok=True)
    (app / "utils" / "terms.js").write_text("module.exports = { agreed: true }\n", encoding="utf-8")
    script = page.with_suffix(".js")
    script.write_text("const terms = require('../../utils/terms')\n" + script.read_text(encoding="utf-8"),
                      encoding="utf-8")
    listed = listed_files(discover([page]).units[0])
    assert app / "app.wxss" in listed and page.with_suffix(".wxss") in listed
    assert any(p.resolve() == (app / "utils" / "terms.js").resolve() for p in listed)


def test_an_imported_config_module_change_relints_the_page(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `data: { termsAccepted: config.defaultAgree }` reads the module's constant (imported.py): a warm run after the
    # module is edited must not serve the page's old findings.
    page = corpus / REGISTER
    config = page.parents[2] / "config" / "index.js"
    config.parent.mkdir(exist_ok=True)
    config.write_text("module.exports = {\n  defaultAgree: false,\n}\n", encoding="utf-8")
    script = page.with_suffix(".js")
    script.write_text("const config = require('../../config/index')\n" + script.read_text(encoding="utf-8"),
                      encoding="utf-8")
    _edit(script, "termsAccepted: false,", "termsAccepted: config.defaultAgree,")
    _edit(page, 'value="terms" checked="{{false}}"', 'value="terms" checked="{{termsAccepted}}"')
    assert any(p.resolve() == config.resolve() for p in listed_files(next(u for u in discover([page]).units)))
    before = findings(corpus)
    linted = Linted(monkeypatch)
    _edit(config, "defaultAgree: false", "defaultAgree: true")
    after = findings(corpus)
    assert after == findings(corpus, no_cache=True)
    assert linted.runs[0] == [REGISTER]
    fresh = [f for f in after if f not in before]
    assert [(f["rule"], f["path"]) for f in fresh] == [("consent-prechecked", REGISTER)]


def test_config_and_rule_selection_are_part_of_the_key(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    everything = findings(corpus)
    only = findings(corpus, select=("legal-text-small",))
    # parse-error stays on whatever is selected (as ruff's syntax errors): the examples hold a broken file.
    selected = {f["rule"] for f in only} - {"parse-error"}
    assert only and selected == {"legal-text-small"} != {f["rule"] for f in everything}
    (corpus / ".darklint.yaml").write_text("rules:\n  legal-text-small: 'off'\n", encoding="utf-8")
    _find_config.cache_clear()  # a new process would look again; this one remembers "no config here"
    _config_in.cache_clear()
    assert "legal-text-small" not in {f["rule"] for f in findings(corpus)}


@pytest.mark.parametrize("damage", ["truncate", "garbage", "wrong-type", "other-key"])
def test_a_damaged_entry_is_ignored_and_rewritten(corpus: Path, damage: str, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = findings(corpus)
    entries = sorted((corpus / CACHE_NAME / "units").glob("*.json"))
    with_findings = [p for p in entries if json.loads(p.read_bytes())["findings"]]
    assert with_findings
    for entry in with_findings:
        text = entry.read_text(encoding="utf-8")
        if damage == "truncate":
            entry.write_text(text[: len(text) // 2], encoding="utf-8")
        elif damage == "garbage":
            entry.write_bytes(b"\x00\xff not json")
        elif damage == "wrong-type":
            data = json.loads(text)
            data["findings"][0]["line"] = "7"
            entry.write_text(json.dumps(data), encoding="utf-8")
        else:  # an entry renamed onto another key must not answer for it
            data = json.loads(text)
            data["findings"] = []
            data["key"] = "0" * 40
            entry.write_text(json.dumps(data), encoding="utf-8")
    linted = Linted(monkeypatch)
    assert findings(corpus) == expected
    assert len(linted.runs[0]) == len(with_findings)
    assert all(json.loads(p.read_bytes())["key"] == p.stem for p in with_findings), "entries were not rewritten"


def test_entries_unused_for_a_month_are_pruned(corpus: Path) -> None:
    findings(corpus)
    entries = sorted((corpus / CACHE_NAME / "units").glob("*.json"))
    stale, used = entries[: len(entries) // 2], entries[len(entries) // 2 :]
    month_ago = time.time() - (PRUNE_AFTER_DAYS + 1) * 86400
    for entry in [*entries, corpus / CACHE_NAME / ".last-prune"]:  # the first run pruned (nothing) today
        os.utime(entry, (month_ago, month_ago))
    cache = UnitCache(corpus / CACHE_NAME, "salt")
    for entry in used:
        assert cache.load(entry.stem) is not None  # a hit marks the entry as used
    assert cache.prune() == len(stale)
    assert sorted((corpus / CACHE_NAME / "units").glob("*.json")) == used
    assert cache.prune(time.time() + 3600) == 0, "the folder is scanned at most once a day"


def test_default_cache_lives_at_the_project_root(corpus: Path) -> None:
    layout = corpus / SIGNUP
    assert project_root([layout], corpus / "gen") == corpus
    run([layout], RunOptions(cwd=corpus / "gen", jobs=1))
    assert (corpus / CACHE_NAME / "units").is_dir() and not (corpus / "gen" / CACHE_NAME).exists()
    run([layout], RunOptions(cwd=corpus, jobs=1, no_cache=True, cache_dir=corpus / "elsewhere"))
    assert not (corpus / "elsewhere").exists()


def test_a_mixin_change_relints_the_pages_that_list_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "uni"
    shutil.copytree(Path(__file__).resolve().parent.parent / "rules/consent-prechecked/uniapp-mixins", project)
    monkeypatch.chdir(project)
    options = {"cache_dir": tmp_path / "cache", "select": ("consent-prechecked",)}
    assert [f["path"] for f in findings(project, **options)] == ["pages/login/login.vue"]
    mixin = project / "common/mixins/agreement.js"
    mixin.write_text(mixin.read_text(encoding="utf-8").replace("isAgree: true", "isAgree: false"), encoding="utf-8")
    assert findings(project, **options) == []

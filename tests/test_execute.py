"""Worker processes: output identical for any --jobs, small runs in-process, failures isolated."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

import lint.parallel
import lint.runner
from lint.discover import Unit
from lint.runner import RunOptions, run
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from gen_corpus import generate

FORK_ONLY = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="patches reach workers only by fork")


def build_corpus(root: Path, scale: float = 0.04) -> Path:
    """A small project: the generated bench corpus (4 Android modules, a mini-program) plus the example apps."""
    (root / ".git").mkdir(parents=True)
    generate(root / "gen", seed=3, scale=scale)
    shutil.copytree(ROOT / "examples", root / "examples")
    return root


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_corpus(tmp_path_factory.mktemp("execute"))


def findings_of(corpus: Path, **options: Any) -> list[dict[str, Any]]:
    result = run([Path(".")], RunOptions(cwd=corpus, no_cache=True, **options))
    return [f.to_dict() for f in result.findings]


@pytest.fixture(autouse=True)
def _in_corpus(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(corpus)  # resource evidence is shown relative to the process cwd


def test_any_number_of_jobs_gives_the_same_findings(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pools: list[int] = []
    real = lint.parallel.lint_units

    def counting(units: Any, options: RunOptions, jobs: int) -> Any:
        pools.append(jobs)
        return real(units, options, jobs)

    monkeypatch.setattr(lint.parallel, "lint_units", counting)
    serial = findings_of(corpus, jobs=1)
    assert pools == []
    assert {f["rule"] for f in serial} >= {"consent-prechecked", "legal-text-small"}
    for jobs in (2, 3, 7):
        assert findings_of(corpus, jobs=jobs) == serial, f"--jobs {jobs} changed the findings"
    assert pools == [2, 3, 7]


def test_one_file_run_stays_in_process(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a one-file run must not start worker processes")

    monkeypatch.setattr(lint.parallel, "lint_units", no_pool)
    layout = corpus / "examples/android-app/app/src/main/res/layout/activity_signup.xml"
    result = run([layout], RunOptions(cwd=corpus, no_cache=True, jobs=8))
    assert result.files_checked == 1
    assert any(f.rule == "consent-prechecked" for f in result.findings)


def test_without_worker_processes_the_run_lints_in_process(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    serial = findings_of(corpus, jobs=1)

    def no_processes(*args: Any, **kwargs: Any) -> None:
        raise PermissionError(1, "Operation not permitted")  # what a sandbox says to fork()

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor.submit", no_processes)
    assert findings_of(corpus, jobs=2) == serial


def test_batches_cover_every_unit_once() -> None:
    units = [Unit("android", Path(f"m{i}/res"), tuple(Path(f"m{i}/l{j}.xml") for j in range(i % 70 + 1)))
             for i in range(40)]
    batches = lint.parallel._batches(units, jobs=3)
    assert sorted(i for batch in batches for i in batch) == list(range(40))
    assert len(batches) > 3  # enough batches to balance uneven units over the workers


def _modules_touched(batches: list[list[int]], units: list[Unit]) -> list[int]:
    return [len({units[i].context for i in batch}) for batch in batches]


def test_batches_keep_a_modules_layouts_together() -> None:
    # Four Gradle modules of 60 layout units each plus 400 pages: a module's resources and include graph
    # are loaded once per process that touches it, so each batch should hold one module only.
    units = [Unit("android", Path(f"{m}/src/main/res"), (Path(f"{m}/src/main/res/layout/l{j}.xml"),))
             for m in ("app", "core_ui", "feature_account", "feature_checkout") for j in range(60)]
    units += [Unit("mini", Path(f"wechat/pages/p{j}/p{j}.wxml"), (Path(f"wechat/pages/p{j}/p{j}.wxml"),))
              for j in range(400)]
    batches = lint.parallel._batches(units, jobs=2)
    assert sorted(i for batch in batches for i in batch) == list(range(len(units)))
    android = [b for b in batches if units[b[0]].kind == "android"]
    assert all(touched == 1 for touched in _modules_touched(android, units))
    assert len(android) <= 8  # whole modules or halves, not 32 slivers spread over every worker
    assert len(batches) - len(android) >= 16  # the pages still even out the end of the run


def test_one_large_module_is_still_spread_over_the_workers() -> None:
    units = [Unit("android", Path("app/src/main/res"), (Path(f"app/src/main/res/layout/l{j}.xml"),))
             for j in range(300)]
    batches = lint.parallel._batches(units, jobs=2)
    assert sorted(i for batch in batches for i in batch) == list(range(300))
    assert len(batches) >= 2 and max(map(len, batches)) <= 150


def _broken_unit_files(corpus: Path) -> Path:
    return corpus / "examples/wechat-miniprogram/pages/register/register.wxml"


@FORK_ONLY
def test_exception_in_a_worker_is_one_internal_error(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = findings_of(corpus, jobs=2)
    broken = _broken_unit_files(corpus)
    real = lint.runner._documents

    def failing(unit: Unit, shown: Any, config: Any = None, reach: Any = None) -> Any:
        if unit.context.resolve() == broken:
            raise RuntimeError("frontend bug")
        return real(unit, shown, config, reach)

    monkeypatch.setattr(lint.runner, "_documents", failing)
    after = findings_of(corpus, jobs=2)
    broken_path = "examples/wechat-miniprogram/pages/register/register.wxml"
    errors = [f for f in after if f["rule"] == "internal-error"]
    assert [f["path"] for f in errors] == [broken_path], {f["message"] for f in errors}
    assert "RuntimeError: frontend bug" in errors[0]["message"]
    assert [f for f in after if f["rule"] != "internal-error"] == [f for f in before if f["path"] != broken_path]


@FORK_ONLY
def test_a_crashing_worker_does_not_end_the_run(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = os.getpid()
    broken = _broken_unit_files(corpus)
    real = lint.runner.lint_unit

    def crashing(unit: Unit, profile: Any, cwd: Path) -> Any:
        if unit.context.resolve() == broken and os.getpid() != parent:
            os._exit(70)  # what a segfault in a C parser looks like to the pool
        return real(unit, profile, cwd)

    monkeypatch.setattr(lint.runner, "lint_unit", crashing)
    result = run([Path(".")], RunOptions(cwd=corpus, no_cache=True, jobs=2))
    errors = [f for f in result.findings if f.rule == "internal-error"]
    assert "examples/wechat-miniprogram/pages/register/register.wxml" in {f.path for f in errors}
    assert all("worker process" in f.message for f in errors)
    assert result.internal_errors == len(errors) and lint.runner.exit_code(result, "warning") == 2

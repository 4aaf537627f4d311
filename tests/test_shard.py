"""--shard I/N: shards partition the units, and their merged JSON outputs are the full run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lint.discover import discover
from lint.execute import in_shard, shard_key
from tests.conftest import run_cli
from tests.test_execute import build_corpus

SHARDS = 3


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_corpus(tmp_path_factory.mktemp("shard"), scale=0.03)


def _json(corpus: Path, *args: str) -> list[dict[str, Any]]:
    result = run_cli("check", "--format", "json", "--no-cache", *args, ".", cwd=corpus)
    assert result.returncode in (0, 1), result.stderr
    findings: list[dict[str, Any]] = json.loads(result.stdout)
    return findings


def _canonical(findings: list[dict[str, Any]]) -> set[str]:
    return {json.dumps(f, sort_keys=True, ensure_ascii=False) for f in findings}


def test_merged_shard_outputs_equal_the_full_run(corpus: Path) -> None:
    full = _json(corpus)
    shards = [_json(corpus, "--shard", f"{i}/{SHARDS}") for i in range(1, SHARDS + 1)]
    assert all(shards), "a shard came out empty: the split is too coarse to test anything"
    # A union, as a CI merge step does: a module's values-file findings come with each of its layout chunks.
    assert set().union(*map(_canonical, shards)) == _canonical(full)
    assert sum(map(len, shards)) < 2 * len(full), "shards repeat each other's work"


def test_every_unit_lands_in_exactly_one_shard(corpus: Path) -> None:
    units = discover([corpus]).units
    assert len(units) > 20
    for count in (1, 2, 5):
        owners = [[i for i in range(1, count + 1) if in_shard(unit, corpus, (i, count))] for unit in units]
        assert all(len(owner) == 1 for owner in owners)
        if count > 1:
            assert len({owner[0] for owner in owners}) == count  # no shard left idle


def test_the_split_does_not_depend_on_where_the_checkout_lives(corpus: Path, tmp_path: Path) -> None:
    unit = next(u for u in discover([corpus]).units if u.kind == "mini")
    moved = type(unit)(unit.kind, tmp_path / unit.context.relative_to(corpus),
                       tuple(tmp_path / f.relative_to(corpus) for f in unit.files))
    assert shard_key(unit, corpus) == shard_key(moved, tmp_path)
    assert not shard_key(unit, corpus).startswith(("/", "mini:/"))


@pytest.mark.parametrize("bad", ["0/3", "4/3", "2", "a/b"])
def test_a_bad_shard_is_a_usage_error(corpus: Path, bad: str) -> None:
    result = run_cli("check", "--shard", bad, ".", cwd=corpus)
    assert result.returncode == 2
    assert "--shard" in result.stderr

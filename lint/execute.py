"""Executing planned units: shard selection, the result cache, then workers or an in-process loop.

Only units the cache cannot answer are linted; a warm run with nothing changed starts no worker.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lint.cache import UnitCache
    from lint.discover import Unit
    from lint.finding import Finding
    from lint.profile import Profile
    from lint.runner import RunOptions, Work


def shard_key(unit: Unit, root: Path) -> str:
    """The unit's context and first file relative to the project root: the same on every machine."""

    def relative(path: Path) -> str:
        resolved = path.resolve()
        try:
            return resolved.relative_to(root).as_posix()
        except ValueError:
            return resolved.as_posix()

    first = relative(unit.files[0]) if unit.files else ""
    return f"{unit.kind}:{relative(unit.context)}:{first}"


def in_shard(unit: Unit, root: Path, shard: tuple[int, int]) -> bool:
    index, count = shard
    digest = hashlib.sha256(shard_key(unit, root).encode()).digest()
    return int.from_bytes(digest[:8], "big") % count == index - 1


def select_shard(work: list[Work], options: RunOptions, paths: Sequence[Path] = ()) -> list[Work]:
    """This shard's share of the units (all of them without `--shard`); shards partition the units."""
    if options.shard is None or options.shard[1] <= 1:
        return work
    from lint.cache import project_root

    root = project_root(paths, options.cwd)
    return [item for item in work if in_shard(item.unit, root, options.shard)]


def open_cache(options: RunOptions, paths: Sequence[Path]) -> UnitCache | None:
    if options.no_cache:
        return None
    from lint.cache import CACHE_NAME, UnitCache, code_stamp, project_root

    directory = options.cache_dir or project_root(paths, options.cwd) / CACHE_NAME
    stamp = code_stamp()
    return UnitCache(options.cwd / directory, f"{stamp}\0{options.cwd.resolve()}", stamp)


def lint_all(work: Sequence[Work], options: RunOptions, paths: Sequence[Path] = ()) -> list[Finding]:
    cache = open_cache(options, paths) if work else None
    results: list[list[Finding] | None] = [None] * len(work)
    keys: list[str | None] = [None] * len(work)
    if cache is not None:
        configs: dict[int, str] = {}
        for index, item in enumerate(work):
            key = keys[index] = cache.key(item.unit, _config_digest(item.profile, options, configs))
            results[index] = cache.load(key) if key is not None else None
    pending = [i for i, found in enumerate(results) if found is None]
    for index, findings in zip(pending, _lint(work, pending, options), strict=True):
        results[index] = findings
        key = keys[index]
        if cache is not None and key is not None and not any(f.rule == "internal-error" for f in findings):
            cache.store(key, findings)  # an internal error may be transient: never cache it
    if cache is not None:
        cache.finish()
        if pending:
            cache.prune()
    return [finding for found in results for finding in found or ()]


def _config_digest(profile: Profile, options: RunOptions, memo: dict[int, str]) -> str:
    from lint.cache import effective_config

    digest = memo.get(id(profile))
    if digest is None:
        digest = memo[id(profile)] = effective_config(profile, options)
    return digest


def _lint(work: Sequence[Work], pending: list[int], options: RunOptions) -> list[list[Finding]]:
    from lint.parallel import default_jobs, lint_units, worth_parallel

    units = [work[i].unit for i in pending]
    jobs = options.jobs or default_jobs()
    if worth_parallel(units, jobs):
        return lint_units(units, options, jobs)
    from lint.runner import lint_unit

    return [lint_unit(work[i].unit, work[i].profile, options.cwd) for i in pending]

"""Linting units in worker processes.

Workers receive units (plain, picklable paths) and rebuild the unit's profile from its config:
compiled selectors hold closures that cannot be pickled, and rebuilding costs well under a
millisecond because rules and configs are cached per process. On Linux the pool forks, so
workers start with everything the parent has imported and loaded.

Small runs stay in-process: starting workers costs more than a few units take.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from lint.finding import Finding

if TYPE_CHECKING:
    from concurrent.futures import Future

    from lint.discover import Unit
    from lint.profile import Profile
    from lint.runner import RunOptions

#: Below this weight (see _weight: about one layout each) a pool does not pay.
MIN_PARALLEL_FILES = 48
#: Batches per worker: enough to even out uneven units (the last batch decides when the run ends), few
#: enough to keep messages rare.
BATCHES_PER_WORKER = 16
#: The smallest batch of independent units, as a share of a worker's work: what the last batches are cut to.
FINEST_BATCH = 64
#: Relative cost of a unit's file: a page reads template, script and styles, about two layouts' worth.
_FILE_WEIGHT = {"android": 1}
_DEFAULT_FILE_WEIGHT = 2

_profiles: dict[int, Profile] = {}


def default_jobs() -> int:
    counter = getattr(os, "process_cpu_count", None)  # 3.13+: honours the affinity mask
    if counter is not None:
        return int(counter() or 1)
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _weight(unit: Unit) -> int:
    return len(unit.files) * _FILE_WEIGHT.get(unit.kind, _DEFAULT_FILE_WEIGHT)


def worth_parallel(units: Sequence[Unit], jobs: int) -> bool:
    return jobs > 1 and len(units) > 1 and sum(map(_weight, units)) >= MIN_PARALLEL_FILES


def lint_units(units: Sequence[Unit], options: RunOptions, jobs: int) -> list[list[Finding]]:
    """Findings per unit, in the order of `units`, whatever order the workers finish in."""
    import multiprocessing  # imported here: a one-file run never starts a pool
    from concurrent.futures import ProcessPoolExecutor

    batches = _batches(units, jobs)
    results: list[list[Finding] | None] = [None] * len(units)
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)
    with ProcessPoolExecutor(max_workers=min(jobs, len(batches)), mp_context=context) as pool:
        try:
            futures: list[tuple[list[int], Future[list[list[Finding]]]]] = [
                (batch, pool.submit(lint_batch, [units[i] for i in batch], options)) for batch in batches
            ]
        except OSError:  # no processes to be had (a sandbox, a process limit): lint here instead
            pool.shutdown(wait=False, cancel_futures=True)
            return lint_batch(units, options)
        for batch, future in futures:
            try:
                found = future.result()
            except Exception as exc:  # a worker died (e.g. a crash in a C parser): report, keep going
                found = [_worker_failure(units[i], options, exc) for i in batch]
            for index, findings in zip(batch, found, strict=True):
                results[index] = findings
    return [r if r is not None else [] for r in results]


def _batches(units: Sequence[Unit], jobs: int) -> list[list[int]]:
    """Indices grouped into batches, heaviest first.

    An Android module's units share work a worker does once per module (its resources, the include
    graph, the included layouts built standalone), so they are kept together in chunks of up to half a
    worker's share: a module then costs that setup in one or two processes instead of in every worker,
    while a single large module is still spread over all of them. Other units (pages) are independent:
    they are cut into batches that shrink as the work left shrinks (guided scheduling), so the batches
    that end the run are small and the workers finish close together.
    """
    total = sum(map(_weight, units))
    small = max(1, total // (jobs * BATCHES_PER_WORKER))
    chunk = max(small, total // (jobs * 2))
    modules: dict[Path, list[int]] = {}
    rest: list[int] = []
    for index, unit in enumerate(units):
        if unit.kind == "android":
            modules.setdefault(unit.context, []).append(index)
        else:
            rest.append(index)
    batches = [b for members in modules.values() for b in _fill(members, units, chunk)]
    batches += _guided(sorted(rest, key=lambda i: -_weight(units[i])), units, small,
                       max(1, total // (jobs * FINEST_BATCH)), jobs)
    # Heaviest first, so the small batches fill in at the end (stable: equal weights keep their order).
    return sorted(batches, key=lambda batch: -sum(_weight(units[i]) for i in batch))


def _guided(order: Sequence[int], units: Sequence[Unit], largest: int, finest: int, jobs: int) -> list[list[int]]:
    """Batches of at most `largest`, each a fraction of what is left, down to `finest`."""
    left = sum(_weight(units[i]) for i in order)
    batches: list[list[int]] = []
    current: list[int] = []
    load = 0
    target = max(finest, min(largest, left // (jobs * 2)))
    for index in order:
        current.append(index)
        weight = _weight(units[index])
        load += weight
        left -= weight
        if load >= target:
            batches.append(current)
            current, load = [], 0
            target = max(finest, min(largest, left // (jobs * 2)))
    if current:
        batches.append(current)
    return batches


def _fill(order: Sequence[int], units: Sequence[Unit], target: int) -> list[list[int]]:
    batches: list[list[int]] = []
    current: list[int] = []
    load = 0
    for index in order:
        current.append(index)
        load += _weight(units[index])
        if load >= target:
            batches.append(current)
            current, load = [], 0
    if current:
        batches.append(current)
    return batches


def lint_batch(units: Sequence[Unit], options: RunOptions) -> list[list[Finding]]:
    """Runs in a worker: each unit is isolated by `lint_unit`, so one bad file spoils nothing else."""
    from lint.runner import lint_unit

    return [lint_unit(unit, _profile_for(unit, options), options.cwd) for unit in units]


def _profile_for(unit: Unit, options: RunOptions) -> Profile:
    from lint.profile import build_profile
    from lint.runner import config_for

    config = config_for(unit.files[0], options)  # cached: one Config object per file
    profile = _profiles.get(id(config))
    if profile is None or profile.config is not config:
        profile = _profiles[id(config)] = build_profile(config, options)
    return profile


def _worker_failure(unit: Unit, options: RunOptions, exc: BaseException) -> list[Finding]:
    from lint.engine import fingerprint
    from lint.runner import display_path

    path = display_path(unit.files[0], options.cwd)
    message = f"internal error: the worker process linting this file failed ({type(exc).__name__}); please report this"
    return [Finding("internal-error", "error", message, path, 1, 1, 1, 1,
                    fingerprint("internal-error", path, type(exc).__name__, 0))]

"""Benchmark darklint against the parse floor (and ast-grep when installed).

    python bench/run.py [--corpus DIR] [--scale S] [--seed N] [--jobs N] [--scale-check] [--floor-only]

Without --corpus a corpus is generated into a temporary directory (see gen_corpus.py). Every measurement runs in its
own subprocess. See bench/README.md for what each number means and the targets.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from gen_corpus import generate
from measure import Measured, median_run
from runners import Darklint, ast_grep_scan, count_findings, find_ast_grep, parse_floor

ONE_FILE_REPEATS = 5


@dataclass(frozen=True)
class Row:
    name: str
    files: int
    size: int
    wall: float
    peak_mb: float
    tree_mb: float
    note: str = ""
    ok: bool = True
    cpu: float = 0.0

    def render(self) -> str:
        rate = self.files / self.wall if self.wall > 0 else 0.0
        return (f"{self.name:<26} {self.files:>7} {self.size / 1e6:>7.1f} {self.wall:>8.2f} {self.cpu:>7.2f} "
                f"{rate:>9.0f} {self.peak_mb:>8.0f} {self.tree_mb:>8.0f}  {self.note}")


HEADER = (f"{'measurement':<26} {'files':>7} {'MB':>7} {'wall s':>8} {'cpu s':>7} {'files/s':>9} {'peak MB':>8} "
          f"{'tree MB':>8}  notes")


@dataclass(frozen=True)
class Corpus:
    path: Path
    files: int
    size: int


def corpus_stats(path: Path) -> Corpus:
    files = size = 0
    for directory, _, names in os.walk(path):
        for name in names:
            files += 1
            size += os.path.getsize(os.path.join(directory, name))
    return Corpus(path, files, size)


@contextmanager
def corpus_at(given: Path | None, scale: float, seed: int) -> Iterator[Corpus]:
    if given is not None:
        yield corpus_stats(given)
        return
    with tempfile.TemporaryDirectory(prefix="darklint-corpus-") as temp:
        tally = generate(Path(temp), seed, scale)
        print(f"generated corpus: scale {scale}, {tally.files} files, {tally.size / 1e6:.1f} MB in {temp}",
              flush=True)
        yield Corpus(Path(temp), tally.files, tally.size)


def floor_row(corpus: Corpus, repeat: int) -> Row:
    measured, summary = parse_floor(corpus.path, repeat)
    files, size, errors = summary["files"], summary["bytes"], summary["parse_errors"]
    note = f"in-process parse {summary['seconds']:.2f} s; {errors} files with parse errors"
    return Row("parse floor (1 process)", files, size, measured.wall, measured.peak_mb, measured.tree_mb, note,
               cpu=measured.cpu)


def darklint_row(name: str, measured: Measured, corpus: Corpus, extra: str = "") -> Row:
    failure = Darklint.failure(measured)
    note = failure or f"exit {measured.returncode}, {count_findings(measured.stdout)} findings"
    return Row(name, corpus.files, corpus.size, measured.wall, measured.peak_mb, measured.tree_mb,
               f"{note}{extra}", ok=failure is None, cpu=measured.cpu)


def one_file_row(darklint: Darklint, name: str, path: Path) -> Row:
    runs = [darklint.check([], [path]) for _ in range(ONE_FILE_REPEATS)]
    median = statistics.median(run.wall for run in runs)
    failure = next(filter(None, map(Darklint.failure, runs)), None)
    note = failure or f"median of {ONE_FILE_REPEATS}, {count_findings(runs[-1].stdout)} findings"
    return Row(name, 1, path.stat().st_size, median, max(run.peak_mb for run in runs),
               max(run.tree_mb for run in runs), f"{note}; {path.name}", ok=failure is None,
               cpu=statistics.median(run.cpu for run in runs))


def first_file(root: Path, suffix: str, must_contain: str) -> Path | None:
    candidates = sorted(p for p in root.rglob(f"*{suffix}") if must_contain in p.as_posix())
    return candidates[0] if candidates else None


def darklint_rows(corpus: Corpus, jobs: int, repeat: int, darklint: Darklint) -> list[Row]:
    rows = []
    cold_options: list[tuple[str, str | None]] = [("--no-cache", None), ("--jobs", str(jobs))]
    cold = median_run([darklint.check(cold_options, [corpus.path]) for _ in range(repeat)])
    extra = " (default cache may have been used)" if "--no-cache" in darklint.unsupported else ""
    rows.append(darklint_row(f"darklint cold (jobs {jobs})", cold, corpus, extra))
    with tempfile.TemporaryDirectory(prefix="darklint-cache-") as cache:
        warm_options: list[tuple[str, str | None]] = [("--cache-dir", cache), ("--jobs", str(jobs))]
        darklint.check(warm_options, [corpus.path])  # fills the cache; not timed
        warm = median_run([darklint.check(warm_options, [corpus.path]) for _ in range(repeat)])
    where = " (default cache location)" if "--cache-dir" in darklint.unsupported else ""
    rows.append(darklint_row(f"darklint warm (jobs {jobs})", warm, corpus, where))
    for label, suffix, part in (("layout", ".xml", "/res/layout/"), ("wxml page", ".wxml", "/pages/")):
        path = first_file(corpus.path, suffix, part)
        if path is not None:
            rows.append(one_file_row(darklint, f"darklint one {label}", path))
    return rows


def ast_grep_row(corpus: Corpus, jobs: int, repeat: int) -> Row | None:
    binary = find_ast_grep()
    if binary is None:
        print("ast-grep: not installed")
        return None
    with tempfile.TemporaryDirectory(prefix="darklint-sg-") as workdir:
        measured, matches = ast_grep_scan(binary, corpus.path, Path(workdir), jobs, repeat)
    note = f"exit {measured.returncode}, {matches} literal matches"
    if measured.returncode != 0:
        note += ": " + measured.stderr.strip()[-200:]
    return Row(f"ast-grep scan (threads {jobs})", corpus.files, corpus.size, measured.wall, measured.peak_mb,
               measured.tree_mb, note, ok=measured.returncode == 0, cpu=measured.cpu)


def ratio(label: str, numerator: Row | None, denominator: Row | None, target: str) -> None:
    if numerator is None or denominator is None or denominator.wall <= 0:
        return
    if not (numerator.ok and denominator.ok):
        print(f"{label:<28}    n/a   (a run failed; see notes)")
        return
    cpu = f"; cpu {numerator.cpu / denominator.cpu:.2f}x" if numerator.cpu > 0 and denominator.cpu > 0 else ""
    print(f"{label:<28} {numerator.wall / denominator.wall:6.2f}x   (wall; target {target}{cpu})")


def benchmark(corpus: Corpus, jobs: int, repeat: int, floor_only: bool) -> dict[str, Row]:
    darklint = Darklint.locate()
    rows = {"floor": floor_row(corpus, repeat)}
    if not floor_only:
        print(f"darklint: {darklint.describe()}; {darklint.compile_bytecode()}", flush=True)
        for row in darklint_rows(corpus, jobs, repeat, darklint):
            rows[row.name] = row
        sg_row = ast_grep_row(corpus, jobs, repeat)
        if sg_row is not None:
            rows["ast-grep"] = sg_row
    print(f"\ncorpus: {corpus.path} ({corpus.files} files, {corpus.size / 1e6:.1f} MB); jobs {jobs}; "
          f"CPUs {os.cpu_count()}; median of {repeat} run(s)")
    # Floor and darklint both run on this interpreter; its build matters to darklint's Python more than to the
    # floor's C parsing (see bench/README.md).
    print(f"python: {platform.python_implementation()} {platform.python_version()} at {sys.executable}")
    print(HEADER)
    for row in rows.values():
        print(row.render())
    for note in darklint.notes:
        print(f"note: {note}")
    cold = next((row for name, row in rows.items() if name.startswith("darklint cold")), None)
    warm = next((row for name, row in rows.items() if name.startswith("darklint warm")), None)
    print()
    ratio("cold / floor", cold, rows["floor"], "<= 2.0")
    ratio("warm / floor", warm, rows["floor"], "<= 0.5")
    ratio("cold / ast-grep", cold, rows.get("ast-grep"), "<= 1.0")
    return rows


def scale_check(seed: int, jobs: int, repeat: int, floor_only: bool) -> None:
    """Cold time at scale 10 over scale 1; each corpus generated fresh, then deleted."""
    cold: dict[float, Row] = {}
    for scale in (1.0, 10.0):
        with corpus_at(None, scale, seed) as corpus:
            print(f"\n=== scale {scale:g} ===")
            rows = benchmark(corpus, jobs, repeat, floor_only)
            key = "floor" if floor_only else next(name for name in rows if name.startswith("darklint cold"))
            cold[scale] = rows[key]
    print()
    ratio(f"{'floor' if floor_only else 'cold'} scale 10 / scale 1", cold[10.0], cold[1.0], "<= 11")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark darklint against the parse floor.")
    parser.add_argument("--corpus", type=Path, help="existing corpus (default: generate one)")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=1, help="runs per corpus-wide measurement; median reported")
    parser.add_argument("--scale-check", action="store_true", help="also compare scale 1 with scale 10")
    parser.add_argument("--floor-only", action="store_true", help="measure only the parse floor")
    args = parser.parse_args(argv)
    if args.scale_check:
        scale_check(args.seed, args.jobs, max(1, args.repeat), args.floor_only)
        return 0
    with corpus_at(args.corpus, args.scale, args.seed) as corpus:
        benchmark(corpus, args.jobs, max(1, args.repeat), args.floor_only)
    return 0


if __name__ == "__main__":
    sys.exit(main())

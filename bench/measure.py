"""Run one command in its own process and measure wall time and memory.

Each measurement gets a fresh subprocess so peak RSS belongs to that run alone. Two memory numbers:
- `peak_mb`: the kernel's ru_maxrss — the largest single process of the tree (the command itself or any worker it
  waited for). Taken through GNU `/usr/bin/time` when present, because a child's ru_maxrss starts at its parent's
  RSS at fork: read straight from wait4 it would include this benchmark process (~25 MB). Without GNU time the
  wait4 figure is used and is biased upwards by that much;
- `tree_mb`: the largest *sum* of RSS over the command and its live descendants, sampled from /proc every 10 ms.
  With `--jobs N` workers this is what the machine actually has to hold (an upper bound: shared pages of forked
  workers are counted once per process). It can miss very short spikes.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path

PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")
GNU_TIME = "/usr/bin/time"
_TIME_BINARY: str | None = ""  # "" = not probed yet; None = unavailable


@dataclass(frozen=True)
class Measured:
    returncode: int
    wall: float
    peak_mb: float
    tree_mb: float
    stdout: str
    stderr: str
    #: user + system CPU seconds of the process and every descendant it waited for (workers included): on a
    #: shared machine this moves far less than wall time does.
    cpu: float = 0.0


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            text = Path(f"/proc/{pid}/task/{task}/children").read_text()
            found.extend(int(child) for child in text.split())
    except OSError:
        pass
    return found


def _rss_bytes(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_BYTES
    except (OSError, IndexError, ValueError):
        return 0


class TreeSampler(threading.Thread):
    """Polls the RSS of a process tree until stopped; keeps the largest total seen."""

    #: 50 ms: polling /proc every 10 ms took enough of a core to slow a 2-worker run on 2 cores by ~0.15 s
    #: (measured: cold wall 3.72/3.78/3.59 s at 10 ms, 3.58/3.62/3.45 s at 50 ms, same tree MB), while a
    #: run's memory peak lasts far longer than 50 ms.
    def __init__(self, pid: int, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.peak = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            pending, total = [self.pid], 0
            while pending:
                pid = pending.pop()
                total += _rss_bytes(pid)
                pending.extend(_children(pid))
            self.peak = max(self.peak, total)
            self._stop_event.wait(self.interval)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


def _gnu_time() -> str | None:
    try:
        probe = subprocess.run([GNU_TIME, "-f", "%M", "true"], check=False, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return GNU_TIME if probe.returncode == 0 and probe.stderr.strip().isdigit() else None


def _time_peak_kib(report: Path) -> int | None:
    """GNU time writes "Command exited with non-zero status N" before the format line; the number is last."""
    try:
        last = report.read_text().strip().splitlines()[-1]
    except (OSError, IndexError):
        return None
    return int(last) if last.isdigit() else None


def measure(command: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> Measured:
    """Run `command` to completion; output goes to temp files so a chatty run cannot block on a full pipe."""
    global _TIME_BINARY
    if _TIME_BINARY == "":
        _TIME_BINARY = _gnu_time()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "rss"
        wrapped = [_TIME_BINARY, "-f", "%M", "-o", str(report), *command] if _TIME_BINARY else command
        start = time.perf_counter()
        process = subprocess.Popen(wrapped, stdout=out, stderr=err, env=env, cwd=cwd)
        sampler = TreeSampler(process.pid)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        sampler.stop()
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped by wait4; tell Popen
        peak_kib = (_time_peak_kib(report) if _TIME_BINARY else None) or usage.ru_maxrss
        out.seek(0)
        err.seek(0)
        return Measured(returncode=process.returncode, wall=wall, peak_mb=peak_kib / 1024,
                        tree_mb=max(sampler.peak, peak_kib * 1024) / 2**20,
                        stdout=out.read().decode("utf-8", "replace"), stderr=err.read().decode("utf-8", "replace"),
                        cpu=usage.ru_utime + usage.ru_stime)


def median_run(runs: list[Measured]) -> Measured:
    """The run with the median wall time, carrying the worst memory figures of all runs."""
    middle = sorted(runs, key=lambda run: run.wall)[(len(runs) - 1) // 2]
    return replace(middle, peak_mb=max(run.peak_mb for run in runs), tree_mb=max(run.tree_mb for run in runs))

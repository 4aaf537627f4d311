"""Baselines: record today's findings once, then report only new ones.

A legacy app adopting darklint cannot fix every finding on day one. Entries are keyed by
(rule, path, identity) — identity names the element by tag, id and label, never by line — so
inserting lines above a recorded finding does not bring it back. Keys are a multiset: two
identical unlabeled checkboxes in one layout are two entries, and a third one is new.

Paths are stored relative to the baseline file's folder, so the same file works whether
darklint runs from the repository root or from a module folder.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lint.config import ConfigError
from lint.finding import Finding

FORMAT_VERSION = 1
Key = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class Applied:
    findings: list[Finding]
    baselined: int
    gone: int


def _stored_path(path: str, cwd: Path, folder: Path) -> str:
    absolute = (cwd / path).resolve()
    try:
        return absolute.relative_to(folder.resolve()).as_posix()
    except ValueError:
        return absolute.as_posix()


def write_baseline(target: Path, findings: list[Finding], cwd: Path) -> int:
    """Writes the baseline; returns how many findings it records."""
    folder = (cwd / target).parent
    counts: Counter[Key] = Counter()
    messages: dict[Key, str] = {}
    for finding in findings:
        key = (finding.rule, _stored_path(finding.path, cwd, folder), finding.identity)
        counts[key] += 1
        messages.setdefault(key, finding.message)
    entries = [
        {"rule": rule, "path": path, "identity": identity, "message": messages[(rule, path, identity)],
         "count": counts[(rule, path, identity)]}
        for rule, path, identity in sorted(counts)
    ]
    document = {"darklint-baseline": FORMAT_VERSION, "findings": entries}
    try:  # its folder is made, as `--output`'s is
        (cwd / target).parent.mkdir(parents=True, exist_ok=True)
        (cwd / target).write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise ConfigError(target, "--write-baseline", None, f"cannot write: {exc.strerror or exc}") from None
    return sum(counts.values())


def load_baseline(source: Path, cwd: Path) -> Counter[Key]:
    """The recorded keys with their counts, paths made relative to the baseline's folder."""
    try:
        document = json.loads((cwd / source).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(source, "--baseline", None, f"cannot read: {exc.strerror or exc}") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(source, "--baseline", None, f"not JSON: {exc.msg}", exc.lineno) from None
    entries = document.get("findings") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise ConfigError(source, "findings", None, "not a darklint baseline (write one with --write-baseline)")
    counts: Counter[Key] = Counter()
    for index, entry in enumerate(entries):
        counts[_key(entry, source, index)] += _count(entry, source, index)
    return counts


def _key(entry: Any, source: Path, index: int) -> Key:
    if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) for k in ("rule", "path", "identity")):
        raise ConfigError(source, f"findings[{index}]", None, "needs string rule, path and identity")
    return entry["rule"], entry["path"], entry["identity"]


def _count(entry: dict[str, Any], source: Path, index: int) -> int:
    count = entry.get("count", 1)
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise ConfigError(source, f"findings[{index}].count", count, "must be a positive integer")
    return count


def apply_baseline(findings: list[Finding], source: Path, cwd: Path,
                   linted: Collection[str] | None = None, active: Collection[str] | None = None) -> Applied:
    """Drops findings the baseline records (each entry absorbs up to `count` of them). Entries left over are
    gone, counted only for the files this run linted (`linted`, as shown; None: all) or that no longer exist, and
    the rules it ran (`active`; None: all): a pre-commit run or a shard lints a few files, `--select` a few rules,
    and the others' entries are not gone."""
    remaining = load_baseline(source, cwd)
    folder = (cwd / source).parent
    kept: list[Finding] = []
    baselined = 0
    for finding in findings:
        key = (finding.rule, _stored_path(finding.path, cwd, folder), finding.identity)
        if remaining[key] > 0:
            remaining[key] -= 1
            baselined += 1
        else:
            kept.append(finding)
    judged = None if linted is None else {_stored_path(path, cwd, folder) for path in linted}
    # A file deleted since is gone whatever this run linted: its entries would otherwise stay forever.
    gone = sum(n for (rule, path, _), n in remaining.items()
               if (active is None or rule in active) and (judged is None or path in judged
                                                           or not (folder / path).exists()))
    return Applied(kept, baselined, gone)

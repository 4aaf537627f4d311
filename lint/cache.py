"""The per-unit result cache: findings keyed on every byte a unit's frontend could read.

A key hashes darklint's version and code, the effective configuration, the working directory
(findings carry cwd-relative paths) and the path and content of every context file of the unit
(cache_context.py lists them: resources, styles, scripts, imports).

Entries are JSON files written atomically (temp file + `os.replace`), so concurrent runs and
shards can share a folder. An entry that does not parse or validate is a miss and is rewritten.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lint import __version__
from lint.cache_context import ContextFiles
from lint.cache_index import StatIndex
from lint.finding import Finding

if TYPE_CHECKING:
    from lint.discover import Unit
    from lint.profile import Profile
    from lint.runner import RunOptions

CACHE_NAME = ".darklint_cache"
ROOT_MARKERS = (".git", ".darklint.yaml", ".darklint.yml")
_FORMAT = "1"  # bump when the entry layout changes
PRUNE_AFTER_DAYS = 30
_DAY = 86400.0


def project_root(paths: Sequence[Path], cwd: Path) -> Path:
    """The closest folder at or above the first path holding `.git` or a config file, else cwd."""
    start = (cwd / paths[0]).resolve() if paths else cwd.resolve()
    for folder in (start, *start.parents):
        if any((folder / marker).exists() for marker in ROOT_MARKERS):
            return folder
    return cwd.resolve()


def effective_config(profile: Profile, options: RunOptions) -> str:
    """A digest of everything configuration contributes: merged settings, CLI rule picks, custom rules."""
    digest = hashlib.sha256(repr(profile.config).encode())
    digest.update(repr((options.select, options.ignore)).encode())
    for folder in profile.config.custom_rules:
        for path in sorted(folder.glob("*.yaml")):
            digest.update(path.as_posix().encode() + b"\0" + _read(path) + b"\0")
    return digest.hexdigest()


def code_stamp() -> str:
    """darklint's version plus the size and mtime of its code and shipped rules.

    The version alone would serve stale results from an editable install between releases.
    """
    from lint.rules import rules_dir

    digest = hashlib.sha256(f"{_FORMAT}:{__version__}".encode())
    for top in (Path(__file__).resolve().parent, rules_dir()):
        for directory, dirs, names in sorted(os.walk(top)):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(names):
                if name.endswith((".py", ".yaml", ".yml", ".json")):
                    stat = os.stat(os.path.join(directory, name))
                    digest.update(f"{directory}/{name}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b"\0missing"


class UnitCache:
    """One cache folder; `salt` holds what every key of this run shares (code stamp, cwd)."""

    def __init__(self, directory: Path, salt: str, index_salt: str | None = None) -> None:
        self.directory = directory
        self.entries = directory / "units"
        self.salt = salt
        with contextlib.suppress(OSError):
            self._prepare()  # the stat index stamps the run with a file in the folder
        # The index holds absolute paths and digests: it depends on darklint's code, not on the cwd.
        self.index = StatIndex(directory, salt if index_salt is None else index_salt)
        self.context_files = ContextFiles(self.index)
        self._groups: dict[str, bytes] = {}  # a module's resources, an app's files: shared by many units

    def key(self, unit: Unit, config_digest: str) -> str | None:
        """None when the unit cannot be cached (its context files are unknown)."""
        parts = self.context_files(unit)
        if parts is None:
            return None
        digest = hashlib.blake2b(f"{self.salt}\0{config_digest}\0{unit.kind}\0".encode(), digest_size=20)
        for path in unit.files:
            digest.update(b"F" + os.fsencode(path) + b"\0")
        for group, files in parts:
            if group:
                digest.update(b"G" + self._group_digest(group, files))
            else:
                digest.update(self._files_digest(files))
        return digest.hexdigest()

    def _files_digest(self, files: Iterable[str]) -> bytes:
        digest = hashlib.blake2b(digest_size=20)
        file_digest = self.index.digest
        for path in files:
            digest.update(b"C" + os.fsencode(path) + b"\0" + file_digest(path))
        return digest.digest()

    def _group_digest(self, group: str, files: list[str]) -> bytes:
        cached = self._groups.get(group)
        if cached is None:
            cached = self._groups[group] = self._files_digest(files)
        return cached

    def finish(self) -> None:
        """Saves the stat index (only if this run hashed something it had not indexed)."""
        self.index.save()

    def load(self, key: str) -> list[Finding] | None:
        """The stored findings, or None for a miss; a damaged entry is a miss, never an error."""
        path = os.path.join(self.entries, f"{key}.json")
        try:
            with open(path, "rb") as handle:
                used = os.fstat(handle.fileno()).st_mtime
                data = json.loads(handle.read())
            if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("findings"), list):
                return None
            findings = [_finding(item) for item in data["findings"]]
        except (OSError, ValueError, TypeError, KeyError):
            return None
        if time.time() - used > _DAY:  # the mtime says "last used": prune() keeps what runs still use
            with contextlib.suppress(OSError):
                os.utime(path)
        return findings

    def store(self, key: str, findings: Iterable[Finding]) -> None:
        """Writes atomically; a failure to write (read-only disk, full disk) only loses the cache."""
        entry = {"key": key, "findings": [{**f.to_dict(), "identity": f.identity} for f in findings]}
        import tempfile

        try:
            self._prepare()
            handle, temp = tempfile.mkstemp(dir=self.entries, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode())
                os.replace(temp, self.entries / f"{key}.json")
            except BaseException:
                os.unlink(temp)
                raise
        except OSError:
            pass

    def prune(self, now: float | None = None) -> int:
        """Deletes entries no run has used for `PRUNE_AFTER_DAYS` (every edit leaves an orphan behind);
        scans the folder at most once a day. Returns how many were deleted."""
        now = time.time() if now is None else now
        marker = self.directory / ".last-prune"
        try:
            if now - marker.stat().st_mtime < _DAY:
                return 0
        except OSError:
            pass
        deleted = 0
        with contextlib.suppress(OSError):
            marker.touch()
            for entry in os.scandir(self.entries):
                with contextlib.suppress(OSError):
                    if now - entry.stat().st_mtime > PRUNE_AFTER_DAYS * _DAY:
                        os.unlink(entry.path)
                        deleted += 1
            for entry in os.scandir(self.directory):  # a killed run's unfinished index
                with contextlib.suppress(OSError):
                    if entry.name.startswith(".index-") and now - entry.stat().st_mtime > _DAY:
                        os.unlink(entry.path)
        return deleted

    def _prepare(self) -> None:
        if self.entries.is_dir():
            return
        self.entries.mkdir(parents=True, exist_ok=True)
        ignore = self.directory / ".gitignore"
        if not ignore.exists():
            # Like ruff's cache: the folder ignores itself, wherever it lives.
            ignore.write_text("# Created by darklint; the cache never belongs in version control.\n*\n")


_STR_FIELDS = ("rule", "severity", "message", "path", "fingerprint", "identity")
_INT_FIELDS = ("line", "column", "end_line", "end_column")


def _finding(item: Any) -> Finding:
    """A finding from an entry, type-checked field by field (TypeError/KeyError on anything odd)."""
    if not isinstance(item, dict):
        raise TypeError("entry item is not an object")
    for name in _STR_FIELDS:
        if not isinstance(item.get(name, ""), str):
            raise TypeError(name)
    for name in _INT_FIELDS:
        if type(item[name]) is not int:
            raise TypeError(name)
    evidence = item.get("evidence", [])
    if not isinstance(evidence, list):
        raise TypeError("evidence")
    for e in evidence:
        if not (isinstance(e, dict) and set(e) - {"end_line"} == {"path", "line", "note"} and isinstance(e["path"], str)
                and type(e["line"]) is int and isinstance(e["note"], str) and type(e.get("end_line", 0)) is int):
            raise TypeError("evidence item")
    return Finding.from_dict(item)

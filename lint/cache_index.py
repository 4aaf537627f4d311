"""The stat index: a file's content digest (and what darklint derived from its bytes) by its stat.

A warm run must not re-read every byte of the project to rebuild its cache keys. The keys stay
content digests; this index only remembers, per path, the (size, mtime_ns, ctime_ns, inode) a
digest was computed for, plus the import list or component table scanned from the same bytes. An
entry is reused when the file's stat is unchanged and, like git's "racy git" rule, only when the
file's mtime is older than the moment the entry's run started minus a safety margin: a file written
within the same timestamp granule as it was hashed could change again without its stat changing.
ctime cannot be set by programs, so restoring an old mtime with `utime` (tar, rsync) still shows.

The run's start is an on-disk timestamp (the index's temporary file, created before anything is
stat'ed), so file times and the index are compared on the same clock, also on network disks. The
index is JSON (never pickle: the cache folder may come from elsewhere), written atomically, and
a damaged or foreign one is ignored, never trusted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

INDEX_NAME = "stat-index.json"
_FORMAT = 1
#: Two seconds cover the coarsest common timestamp granule (FAT) and small clock steps.
RACY_MARGIN_NS = 2_000_000_000
#: Entries for files this run did not see are kept (other paths, other shards) up to this many.
MAX_ENTRIES = 500_000
#: The digest of a file that does not exist or cannot be read (no content hashes to it).
MISSING_DIGEST = "00" * 20
T = TypeVar("T")

#: (size, mtime_ns, ctime_ns, inode)
StatKey = tuple[int, int, int, int]


def stat_key(path: str) -> StatKey | None:
    """None for what is not a regular file: reading a folder fails, reading a FIFO would hang."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def trusted(recorded: StatKey, current: StatKey, stamp_ns: int) -> bool:
    """Whether a digest recorded for `recorded` still holds for a file that now stats as `current`."""
    return recorded == current and current[1] < stamp_ns - RACY_MARGIN_NS


def read_bytes(path: str) -> bytes | None:
    """The one place the index reads a file (tests count calls here)."""
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except (OSError, ValueError):
        return None


class StatIndex:
    """One run's view of the index in `directory`; `salt` (darklint's code stamp) must match to trust it.

    Without a directory it is a plain per-run memo: every file is read and hashed once.
    """

    def __init__(self, directory: Path | None = None, salt: str = "") -> None:
        self.directory = directory
        self.salt = salt
        self._old: dict[str, list[Any]] = {}
        self._old_stamp = 0
        self._new: dict[str, list[Any]] = {}
        self._memos: dict[str, Any] = {}  # key -> [input paths, their hex digests, value]
        self._data: dict[str, bytes | None] = {}  # bytes read this run, until derived data is made
        self._temp: str | None = None
        self._stamp = 0
        self.dirty = False
        self._cwd: str | None = None
        if directory is not None:
            self._load(directory / INDEX_NAME)
            self._start(directory)

    def _load(self, path: Path) -> None:
        try:
            data = json.loads(path.read_bytes())
            if data["format"] != _FORMAT or data["salt"] != self.salt or type(data["stamp"]) is not int:
                return
            files, memos = data["files"], data.get("memos", {})
            if not isinstance(files, dict) or not isinstance(memos, dict):
                return
            self._old, self._old_stamp, self._memos = files, data["stamp"], memos
        except (OSError, ValueError, TypeError, KeyError):
            return

    def _start(self, directory: Path) -> None:
        """Creates the next index's temporary file now: its mtime is this run's stamp."""
        import tempfile

        try:
            handle, self._temp = tempfile.mkstemp(dir=directory, prefix=".index-", suffix=".tmp")
            self._stamp = os.fstat(handle).st_mtime_ns
            os.close(handle)
        except OSError:
            self._temp = None

    def _entry(self, name: str, keep: bool = False) -> list[Any]:
        """The file's entry, re-hashed unless its recorded stat can be trusted; `keep` holds on to
        bytes read for the caller's `derived` (only then: a cold run would otherwise hold them all)."""
        entry = self._new.get(name)
        if entry is not None:
            return entry
        current = stat_key(name)
        old = self._old.get(name)
        if current is None:
            entry = [None, MISSING_DIGEST, {}]
        elif old is not None and _valid(old) and trusted(tuple(old[0]), current, self._old_stamp):
            entry = old
        else:
            data = read_bytes(name)
            if keep:
                self._data[name] = data
            digest = MISSING_DIGEST if data is None else hashlib.blake2b(data, digest_size=20).hexdigest()
            entry = [list(current) if data is not None else None, digest, {}]
            self.dirty = True
        self._new[name] = entry
        return entry

    def _name(self, path: Path | str) -> str:
        """The absolute, normalised path (`os.path.abspath` without a `getcwd` call each time)."""
        name = os.fspath(path)
        if not name.startswith("/"):
            if self._cwd is None:
                self._cwd = os.getcwd()
            name = f"{self._cwd}/{name}"
        if "/." in name or "//" in name or os.sep != "/":
            name = os.path.abspath(name)
        return name

    def digest(self, path: Path | str) -> bytes:
        return bytes.fromhex(self._entry(self._name(path))[1])

    def derived(self, path: Path | str, tag: str, compute: Callable[[bytes | None], T],
                check: Callable[[Any], bool]) -> T:
        """`compute(bytes)` for the file, remembered with its digest; `check` vets a remembered value."""
        name = self._name(path)
        entry = self._entry(name, keep=True)
        derived = entry[2]
        if tag in derived and check(derived[tag]):
            self._data.pop(name, None)
            value: T = derived[tag]
            return value
        data = self._data.pop(name) if name in self._data else (read_bytes(name) if entry[0] else None)
        value = compute(data)
        if entry is self._old.get(name):  # copy on write: the loaded entry stays as loaded
            entry = self._new[name] = [entry[0], entry[1], dict(derived)]
        entry[2][tag] = value
        self.dirty = True
        return value

    def memo(self, key: str, compute: Callable[[], tuple[T, list[str]]], check: Callable[[Any], bool]) -> T:
        """A value computed from several files: `compute()` gives it and the files it read (paths as
        strings); it is remembered until one of those files' digests changes. Listing a file whose
        content decides which other files are read (a settings script) keeps the memo sound."""
        stored = self._memos.get(key)
        with contextlib.suppress(TypeError, ValueError):
            inputs, digests, value = stored  # type: ignore[misc]
            if (len(inputs) == len(digests) and all(isinstance(p, str) for p in inputs) and check(value)
                    and all(self._entry(self._name(p))[1] == d for p, d in zip(inputs, digests, strict=True))):
                result: T = value
                return result
        value, inputs = compute()
        self._memos[key] = [inputs, [self._entry(self._name(p))[1] for p in inputs], value]
        self.dirty = True
        return value

    def save(self) -> None:
        """Writes the index if anything changed; old entries this run did not see are kept if trusted."""
        temp, self._temp = self._temp, None
        if temp is None or self.directory is None:
            return
        try:
            if not self.dirty:
                os.unlink(temp)
                return
            files = {name: entry for name, entry in self._new.items() if entry[0] is not None}
            if len(files) < MAX_ENTRIES:
                for name, entry in self._old.items():
                    if name not in self._new and _valid(entry) and entry[0][1] < self._old_stamp - RACY_MARGIN_NS:
                        files[name] = entry
                        if len(files) >= MAX_ENTRIES:
                            break
            payload = {"format": _FORMAT, "salt": self.salt, "stamp": self._stamp, "files": files,
                       "memos": self._memos}
            with open(temp, "wb") as out:
                out.write(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode())
            os.replace(temp, self.directory / INDEX_NAME)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def _valid(entry: Any) -> bool:
    """An entry from disk: [[size, mtime, ctime, inode], hex digest, {tag: value}] (checked when used:
    checking all of them on load would cost a warm run as much as the checks it saves)."""
    try:
        stat, digest, derived = entry
        size, mtime, ctime, inode = stat
        return (type(size) is int and type(mtime) is int and type(ctime) is int and type(inode) is int
                and len(bytes.fromhex(digest)) == 20 and type(derived) is dict)
    except (TypeError, ValueError):
        return False

"""Real paths of folders, each resolved once per process.

`Path.resolve()` (and `os.path.realpath`) `lstat` every folder of a path on every call; the files darklint
looks at share a few folders, so a file's real path is its real folder's plus its name once the file itself
is known not to be a symlink (the callers check that with one `lstat`).
"""

from __future__ import annotations

import functools
import os
import stat


def real_folder(folder: str) -> str:
    """`os.path.realpath(folder)`; an absolute folder is resolved from its parent's, once per process (a
    relative one depends on the working folder, which tests and hosts may change, so it is not remembered)."""
    return _real_absolute(folder) if os.path.isabs(folder) else os.path.realpath(folder)


@functools.lru_cache(maxsize=4096)
def _real_absolute(folder: str) -> str:
    parent, name = os.path.split(folder)
    if parent == folder or name in ("", ".", ".."):
        return os.path.realpath(folder)
    try:
        info = os.lstat(folder)
    except (OSError, ValueError):
        return os.path.realpath(folder)
    if stat.S_ISLNK(info.st_mode):
        return os.path.realpath(folder)
    return os.path.join(_real_absolute(parent), name)

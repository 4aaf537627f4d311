"""File tests on string paths, for the per-page look-ups (a page asks a dozen of them).

`Path.is_file` and `Path.resolve` build Path objects and, for `resolve`, `lstat` every folder of
the path on every call; a page's folder is new, but its parents are shared by every page. These
give the same answers from `os` calls on strings, resolving each folder once per process.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from lint.realpaths import real_folder

#: The errors `Path.is_file` reads as "no such file" (any other OSError propagates, as there).
_ABSENT = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)
_WIN_ABSENT = (21, 123, 1921)  # ERROR_NOT_READY, ERROR_INVALID_NAME, ERROR_CANT_RESOLVE_FILENAME


def is_file(path: str) -> bool:
    """`Path(path).is_file()`, without the Path."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError as exc:
        if exc.errno not in _ABSENT and getattr(exc, "winerror", None) not in _WIN_ABSENT:
            raise
        return False
    except ValueError:  # not encodable, or a NUL byte
        return False


def resolved(path: Path) -> tuple[str, bool | None]:
    """`str(path.resolve())` and `path.is_file()`, from one `lstat` when the file is no symlink; else
    None for the latter, left to the caller (Path.is_file raises on some errors: ask only if needed)."""
    text = str(path)
    # POSIX only: Windows' realpath also follows junctions and normalises case, which lstat does not show.
    if os.name == "posix" and not os.path.isabs(text):
        # `resolve` reads a relative path from the working folder (`realpath` calls `abspath`); a CLI
        # run on `wechat/` gives relative paths, so anchor them there too (getcwd is already real).
        try:
            text = os.path.join(os.getcwd(), text)
        except OSError:
            return str(path.resolve()), None
    folder, name = os.path.split(text)
    if os.name == "posix" and os.path.isabs(text) and name not in ("", ".", ".."):
        try:
            info = os.lstat(text)
        except (OSError, ValueError):
            info = None
        if info is not None and not stat.S_ISLNK(info.st_mode):
            # Not a link: its real path is its real folder's plus its name (what realpath computes).
            return os.path.join(real_folder(folder), name), stat.S_ISREG(info.st_mode)
    return str(path.resolve()), None

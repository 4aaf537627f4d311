"""Is a `.jsx`/`.tsx` file Taro code? A byte search and a config lookup, no parsing.

Plain React web code must not be linted as a mini-program page, so a file counts only when it
imports from `@tarojs/...` or sits in a project with a Taro build config.

Discovery runs this on every `.jsx`/`.tsx` in a repository, before any size limit applies, so
only a bounded prefix is read (imports come first; a 20 MB bundle is never read whole), and only
from regular files (a FIFO named `x.tsx` would block a plain read forever).
"""

from __future__ import annotations

import codecs
import functools
import os
import stat
from pathlib import Path

_MARKERS = (b"@tarojs/", b"taro-ui", b"@nutui/nutui-react-taro", b"@taroify/", b"@antmjs/vantui")
_CONFIG_NAMES = ("index.js", "index.ts")
_SEARCH_DEPTH = 12
#: How much of a file the markers are looked for in: imports sit at the top of a module.
PREFIX_BYTES = 256 * 1024
_WIDE_BOMS = ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def read_prefix(path: Path, limit: int = PREFIX_BYTES) -> bytes:
    """At most ``limit`` bytes of a regular file, as UTF-8 when it has a UTF-16 byte order mark
    (editors on Windows save those; the markers are ASCII and would not match the raw bytes)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except (OSError, ValueError):
        return b""
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return b""
        data = os.read(fd, limit)
    except OSError:
        return b""
    finally:
        os.close(fd)
    for bom, name in _WIDE_BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            return body[: len(body) // 2 * 2].decode(name, "ignore").encode("utf-8")
    return data


#: What a Taro page or component written in a `.js` file imports its UI from (JSX is allowed in `.js`): the
#: marker that tells it from a mini-program page's script or a helper module.
_UI_MARKERS = (b"@tarojs/components", b"taro-ui", b"@nutui/nutui-react-taro", b"@taroify/core",
               b"@antmjs/vantui")


def is_taro_js(path: Path) -> bool:
    """Whether a `.js` file is Taro UI code: it imports Taro's components (or a Taro component library)."""
    data = read_prefix(path)
    return any(marker in data for marker in _UI_MARKERS)


def is_taro(path: Path) -> bool:
    data = read_prefix(path)
    if any(marker in data for marker in _MARKERS):
        return True
    return taro_config(path.parent) is not None


def taro_config(folder: Path) -> Path | None:
    """The project's `config/index.{js,ts}` (Taro's build config), if one is above ``folder``."""
    return _config_above(folder.resolve())


@functools.lru_cache(maxsize=256)
def _config_above(folder: Path) -> Path | None:
    current = folder
    for _ in range(_SEARCH_DEPTH):
        for name in _CONFIG_NAMES:
            candidate = current / "config" / name
            if candidate.is_file() and _mentions_taro(candidate):
                return candidate
        if current.parent == current:
            return None
        current = current.parent
    return None


def _mentions_taro(config: Path) -> bool:
    data = read_prefix(config)
    return b"designWidth" in data or b"@tarojs" in data or b"taro" in data.lower()

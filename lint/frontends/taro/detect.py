"""Is a `.jsx`/`.tsx` file Taro code? A byte search and a config lookup, no parsing.

Plain React web code must not be linted as a mini-program page, so a file counts only when it
imports from `@tarojs/...` or sits in a project with a Taro build config.
"""

from __future__ import annotations

import functools
from pathlib import Path

_MARKERS = (b"@tarojs/", b"taro-ui", b"@nutui/nutui-react-taro")
_CONFIG_NAMES = ("index.js", "index.ts")
_SEARCH_DEPTH = 12


def is_taro(path: Path) -> bool:
    try:
        data = path.read_bytes()
    except OSError:
        return False
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
    try:
        data = config.read_bytes()
    except OSError:
        return False
    return b"designWidth" in data or b"@tarojs" in data or b"taro" in data.lower()

"""A mini-program project's layout: its root, its `app.json`, pages and `usingComponents`.

The root is the folder holding `app.json`; a `project.config.json` (WeChat, QQ, ByteDance) or
`mini.project.json` (Alipay) may move it with `miniprogramRoot`. Absolute paths in
`usingComponents` and `@import` are relative to that root; npm components live under
`miniprogram_npm/` (or `node_modules/` for Alipay).
"""

from __future__ import annotations

import functools
import json
import os
import time
from pathlib import Path
from typing import Any

from lint.frontends.mini.files import is_file
from lint.source import SourceError, current_limit, read_source

_SEARCH_DEPTH = 12
_PROJECT_FILES = ("project.config.json", "mini.project.json", "project.swan.json", "project.tt.json")
#: `dist/` and `unpackage/` are build output; a root there would lint compiled copies.
_NPM_DIRS = ("miniprogram_npm", "node_modules")


#: Why a project JSON file could not be read: (line, column, message), as a parse error reports it.
JsonError = tuple[int, int, str]


def read_json(path: Path) -> dict[str, Any]:
    """A project JSON file (UTF-8, BOM or GBK); an unreadable or invalid one reads as empty."""
    return read_json_checked(path)[0]


def json_error(path: Path) -> JsonError | None:
    """Why `path` (which exists) reads as empty, if it is broken: the runtime refuses such a file (the page
    or the whole app does not compile), and what it declares (components, styles) is lost to linting too."""
    return read_json_checked(path)[1]


def read_json_checked(path: Path) -> tuple[dict[str, Any], JsonError | None]:
    """`read_json`, and the problem that made it empty (None for a missing or blank file).

    Remembered per process while the file's stat stays the same: every page reads `app.json` (which lists
    every page, ~25 KB in a large app) and its own JSON three times. The returned dict is shared: read only.
    A file changed in the last seconds is not remembered (git's racy-timestamp rule): a rewrite within the
    same clock tick and size would look unchanged.
    """
    key = (os.fspath(path), current_limit())
    try:
        info = os.stat(key[0])
    except (OSError, ValueError):
        info = None
    stamp = (info.st_mtime_ns, info.st_ctime_ns, info.st_size, info.st_ino) if info is not None else None
    known = _JSON.get(key)
    if known is not None and stamp is not None and known[0] == stamp:
        return known[1], known[2]
    error: JsonError | None = None
    data: Any = {}
    if info is not None:
        try:
            text = read_source(path).text
            data = json.loads(text) if text.strip() else {}
        except SourceError as exc:
            error = (exc.line, exc.column, exc.message)
        except json.JSONDecodeError as exc:
            error = (exc.lineno, exc.colno, f"JSON syntax error: {exc.msg}")
        except ValueError as exc:  # e.g. nesting deeper than the decoder's recursion limit
            error = (1, 1, f"JSON syntax error: {' '.join(str(exc).split())[:120]}")
        except RecursionError:
            error = (1, 1, "JSON syntax error: nested too deeply")
    found: dict[str, Any] = data if isinstance(data, dict) else {}
    if error is None and not isinstance(data, dict):
        error = (1, 1, "not a JSON object")
    if stamp is not None and time.time_ns() - max(stamp[0], stamp[1]) > _SETTLED_NS:
        if len(_JSON) >= _MAX_JSON:
            _JSON.clear()
        _JSON[key] = (stamp, found, error)
    return found, error


_JSON: dict[tuple[str, int], tuple[tuple[int, int, int, int], dict[str, Any], JsonError | None]] = {}
_MAX_JSON = 4096
_SETTLED_NS = 2_000_000_000


def _configured_root(folder: str) -> Path | None:
    for name in _PROJECT_FILES:
        if is_file(os.path.join(folder, name)):  # a page's folder is new: asked for each page
            config = Path(folder, name)
            sub = read_json(config).get("miniprogramRoot")
            if isinstance(sub, str) and sub.strip("./"):
                candidate = Path(folder, sub)
                if (candidate / "app.json").is_file():
                    return candidate
    return None


def app_root(start: Path) -> Path | None:
    """The mini-program root of a file's folder: the closest `app.json` above it, or the
    `miniprogramRoot` a project file above it names."""
    return _app_root(os.fspath(start))


@functools.lru_cache(maxsize=1024)
def _app_root(start: str) -> Path | None:
    # On strings: every page asks from a new folder, and Path objects per level were most of the cost.
    current = start
    for _ in range(_SEARCH_DEPTH):
        if _has_app(current):
            return Path(current)
        configured = _folder_root(current)
        if configured is not None and Path(start).is_relative_to(configured):
            return configured
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent
    return None


@functools.lru_cache(maxsize=4096)
def _has_app(folder: str) -> bool:
    """Asked once per folder: every page of an app walks up through the same folders."""
    return is_file(os.path.join(folder, "app.json"))


@functools.lru_cache(maxsize=4096)
def _folder_root(folder: str) -> Path | None:
    return _configured_root(folder)


def page_templates(root: Path, template_ext: str) -> list[Path]:
    """Pages listed in `app.json` (`pages` and every subpackage's), as template paths that exist."""
    app = read_json(root / "app.json")
    listed = [p for p in app.get("pages") or () if isinstance(p, str)]
    for package in [*(app.get("subpackages") or ()), *(app.get("subPackages") or ())]:
        if isinstance(package, dict):
            base = str(package.get("root", "")).strip("/")
            listed += [f"{base}/{p}" for p in package.get("pages") or () if isinstance(p, str)]
    found = []
    for page in listed:
        candidate = root / f"{page.strip('/')}{template_ext}"
        if candidate.is_file():
            found.append(candidate)
    return found


def using_components(template: Path, root: Path | None,
                     own: dict[str, Any] | None = None) -> dict[str, tuple[str, Path]]:
    """Tag → (declared path, folder it is relative to): app-wide entries, then the page's own (`own`: its
    JSON, when the caller has read it)."""
    using: dict[str, tuple[str, Path]] = {}
    sources = [root / "app.json"] if root is not None else []
    sources.append(template.with_suffix(".json"))
    for source in sources:
        read = own if own is not None and source is sources[-1] else read_json(source)
        entries = read.get("usingComponents")
        if isinstance(entries, dict):
            using.update({str(tag): (str(target), source.parent) for tag, target in entries.items()
                          if isinstance(target, str)})
    return using


def resolve_component(target: str, base: Path, root: Path | None, template_ext: str) -> Path | None:
    """The template of a `usingComponents` entry, if it is part of this project."""
    if target.startswith("plugin://"):
        return None
    spec = target.lstrip("/")
    bases = [root] if target.startswith("/") and root is not None else [base]
    if not target.startswith((".", "/")) and root is not None:
        bases += [root, *(root / npm for npm in _NPM_DIRS)]
    for folder in bases:
        stem = Path(os.path.normpath(folder / spec))  # shown in evidence: no `a/../b`
        for candidate in (Path(f"{stem}{template_ext}"), stem / f"index{template_ext}"):
            if candidate.is_file():
                return candidate
    return None


def own_json(template: Path) -> dict[str, Any]:
    """The JSON beside a page's or component's template."""
    return read_json(template.with_suffix(".json"))


def is_component(own: dict[str, Any]) -> bool:
    """Whether a template's JSON (`own_json`) declares a component."""
    return own.get("component") is True


def json_isolation(own: dict[str, Any]) -> str | None:
    """The `styleIsolation` a template's JSON (`own_json`) sets."""
    value = own.get("styleIsolation")
    return value if isinstance(value, str) else None

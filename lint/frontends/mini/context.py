"""What a page unit may read beyond its own files, for the result cache: its custom components.

Kept apart from `page.py` so that computing a cache key imports no parser. The frontend resolves a
`usingComponents` entry to the first candidate that exists (`project.resolve_component`); a key must
also change when an earlier candidate is created, so every candidate is listed, existing or not, and
components of components are followed to any depth. The root follows `project.app_root` (the
closest `app.json`, or a project file's `miniprogramRoot`), with one look per folder per run.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lint.frontends.mini.dialects import Dialect
from lint.frontends.mini.project import _NPM_DIRS, _PROJECT_FILES, _SEARCH_DEPTH, read_json

#: `StatIndex.derived`: a value computed from a file's bytes, remembered with its digest.
Derived = Callable[[str, str, Callable[[bytes | None], Any], Callable[[Any], bool]], Any]
#: `ContextFiles.expand`: a template with its JSON, styles, scripts and their imports.
Expand = Callable[[str, str | None, str], list[str]]


def scan_using(data: bytes | None) -> dict[str, str]:
    """`usingComponents` of a JSON file's bytes, as `project.read_json` would decode them."""
    if data is None:
        return {}
    from lint.source import SourceError, decode

    try:
        parsed = json.loads(decode(data, Path("page.json")).text)
    except (SourceError, ValueError):
        return {}
    entries = parsed.get("usingComponents") if isinstance(parsed, dict) else None
    if not isinstance(entries, dict):
        return {}
    return {str(tag): target for tag, target in entries.items() if isinstance(target, str)}


def _is_using(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(v, str) for v in value.values())


def candidates(target: str, base: str, root: str | None, template_ext: str) -> list[str]:
    """Every template `project.resolve_component` may pick for an entry, in its order."""
    if target.startswith("plugin://"):
        return []
    spec = target.lstrip("/")
    bases = [root] if target.startswith("/") and root is not None else [base]
    if not target.startswith((".", "/")) and root is not None:
        bases += [root, *(os.path.join(root, npm) for npm in _NPM_DIRS)]
    found: list[str] = []
    for folder in bases:
        stem = os.path.normpath(os.path.join(folder, spec))
        found += [f"{stem}{template_ext}", os.path.join(stem, f"index{template_ext}")]
    return found


class PageContext:
    """One run's memo of roots, component tables and component file lists (paths as strings, as in
    `lint.cache_context`)."""

    def __init__(self, derived: Derived, expand: Expand) -> None:
        self.derived = derived
        self.expand = expand
        self._app: dict[str, bool] = {}
        self._configured: dict[str, str | None] = {}
        self._roots: dict[str, str | None] = {}
        self._children: dict[tuple[str, str | None, str], list[str]] = {}
        self._files: dict[str, list[str]] = {}

    def root(self, start: str) -> str | None:
        """As `project.app_root(Path(start))`."""
        if start in self._roots:
            return self._roots[start]
        found: str | None = None
        current = start
        for _ in range(_SEARCH_DEPTH):
            if self._has_app(current):
                found = current
                break
            configured = self._configured_root(current)
            if configured is not None and Path(start).is_relative_to(configured):
                found = configured
                break
            parent = os.path.dirname(current) if current not in ("", ".") else ""
            if parent == current or not current:
                break
            current = parent
        self._roots[start] = found
        return found

    def _has_app(self, folder: str) -> bool:
        known = self._app.get(folder)
        if known is None:
            known = self._app[folder] = os.path.isfile(os.path.join(folder, "app.json"))
        return known

    def _configured_root(self, folder: str) -> str | None:
        if folder not in self._configured:
            found = None
            for name in _PROJECT_FILES:
                config = os.path.join(folder, name)
                if os.path.isfile(config):
                    sub = read_json(Path(config)).get("miniprogramRoot")
                    if isinstance(sub, str) and sub.strip("./") and self._has_app(os.path.join(folder, sub)):
                        found = os.fspath(Path(folder) / sub)
                        break
            self._configured[folder] = found
        return self._configured[folder]

    def components(self, template: str, root: str | None, dialect: Dialect) -> list[str]:
        """Every component template the page may graft, directly or through other components."""
        seen: dict[str, None] = {}
        pending = [*self._direct(template, root, dialect.template)]
        if root is not None:
            pending += self._entries(os.path.join(root, "app.json"), root, root, dialect.template)
        while pending:
            component = pending.pop()
            if component not in seen:
                seen[component] = None
                pending += reversed(self._direct(component, root, dialect.template))
        return list(seen)

    def component_files(self, component: str, root: str | None, dialect: Dialect) -> list[str]:
        files = self._files.get(component)
        if files is None:
            files = self._files[component] = self.expand(component, root, dialect.style)
        return files

    def _direct(self, template: str, root: str | None, template_ext: str) -> list[str]:
        source = os.path.splitext(template)[0] + ".json"
        return self._entries(source, os.path.dirname(source), root, template_ext)

    def _entries(self, source: str, base: str, root: str | None, template_ext: str) -> list[str]:
        key = (source, root, template_ext)
        found = self._children.get(key)
        if found is None:
            using: dict[str, str] = self.derived(source, "using", scan_using, _is_using)
            found = self._children[key] = [c for target in using.values()
                                           for c in candidates(target, base, root, template_ext)]
        return found

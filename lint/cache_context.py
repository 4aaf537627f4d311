"""Which files a unit's findings can depend on: the inputs of its cache key.

Listed here, outside the frontends, so that computing a key never imports a parser. The lists
over-approximate on purpose (a superfluous file only costs a cache miss when it changes; a missing
one would serve stale findings), and they include files that do not exist: creating one changes
what the frontend reads. A mini-program page lists its custom components (and theirs) from the
`usingComponents` of its JSON and `app.json`: every place a component could resolve to, not only
the one that exists now. A uni-app or Taro frontend's page module lists its own reads with
`context_files(path) -> list[Path]`; such a unit is cached only through it.

One `ContextFiles` serves one run: it remembers folder listings, module contexts and import closures that
units share (a module's chunks, a mini-program's app files), and is dropped with the run, so edits made
between two runs of a long-lived process are always seen. File digests and what is scanned from a file's
bytes (imports, component tables) come from the `StatIndex`, which re-reads only files whose stat changed.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lint.cache_index import StatIndex
from lint.frontends.mini.dialects import COMPILED_STYLES, DIALECTS, SCRIPT_EXTS

if TYPE_CHECKING:
    from lint.discover import Unit
    from lint.frontends.mini.context import PageContext

_STYLES = [*sorted({d.style for d in DIALECTS.values()}), *COMPILED_STYLES]
_APP_FILES = ("app.json", *(f"app{ext}" for ext in SCRIPT_EXTS), *(f"app{style}" for style in _STYLES))
# Scanned, not parsed: a false match only adds a file to the key.
_STYLE_IMPORT = re.compile(rb"""@import\s+(?:url\()?\s*["']([^"']+)["']""")
_SCRIPT_IMPORT = re.compile(rb"""(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(?\s*)["']([./][^"'\n]*)["']""")
#: `<include src>` and `<import src>` in a template (every dialect spells them so): the included markup and the
#: imported `<template>` definitions are part of the page (imports are followed further than the runtime does).
_TEMPLATE_INCLUDE = re.compile(rb"""<(?:include|import)\s[^>]*?\bsrc\s*=\s*["']([^"'{}]+)["']""")
_TAGS = {_STYLE_IMPORT.pattern: "style-imports", _SCRIPT_IMPORT.pattern: "script-imports",
         _TEMPLATE_INCLUDE.pattern: "template-includes"}
_MAX_DEPTH = 8
_FRONTEND_MODULES = {"vue": "lint.frontends.vue.page", "taro": "lint.frontends.taro.page"}
_GRADLE_FILES = ("build.gradle", "build.gradle.kts")
_SETTINGS_FILES = ("settings.gradle", "settings.gradle.kts")
_SETTINGS_SEARCH = 8  # folders `gradle.settings_root` looks through


#: A share of a unit's context: (group, files). A named group (a module's resources, a mini-program's app
#: files, a component) is the same for many units, so its digest is computed once per run; "" is the
#: unit's own part.
Part = tuple[str, list[str]]


class ContextFiles:
    """Paths are handled as strings here: a warm run computes thousands of keys, and pathlib's
    objects cost several times what the `stat` calls behind the keys do."""

    def __init__(self, index: StatIndex | None = None) -> None:
        self.index = index if index is not None else StatIndex()
        self._modules: dict[Path, list[str]] = {}
        self._apps: dict[str, list[str]] = {}
        self._imports: dict[tuple[str, bytes], list[str]] = {}
        self._pages: PageContext | None = None

    def __call__(self, unit: Unit) -> list[Part] | None:
        """Every file the unit may read; None for a unit kind whose reads are not known (never cached)."""
        if unit.kind == "android":
            module = self._modules.get(unit.context)
            if module is None:
                module = self._modules[unit.context] = android_module_context(unit.context, self.index)
            return [("", list(map(os.fspath, unit.files))), (f"android:{unit.context}", module)]
        if unit.kind == "mini":
            return self.mini(os.fspath(unit.context))
        listed = _frontend_hook(unit.kind)
        if listed is None:
            return None

        def files() -> tuple[list[str], list[str]]:
            # The hook lists every file it read to decide (the contract above): they vouch for its answer.
            found = list(map(os.fspath, [*unit.files, unit.context, *listed(unit.context)]))
            return found, found

        return [("", self.index.memo(f"{unit.kind}:{os.path.abspath(unit.context)}", files, _is_strings))]

    def digest(self, path: str) -> bytes:
        return self.index.digest(path)

    def mini(self, template: str) -> list[Part]:
        """The page's own files and imports, the app-wide files with theirs (one group per app) and
        every component the page may use (one group each)."""
        pages = self._pages
        if pages is None:
            from lint.frontends.mini.context import PageContext

            pages = self._pages = PageContext(self.index.derived, self.expand)
        app = pages.root(os.path.dirname(template))
        dialect = DIALECTS.get(os.path.splitext(template)[1]) or DIALECTS[".wxml"]
        parts: list[Part] = [("", self.expand(template, app, dialect.style))]
        if app is not None:
            shared = self._apps.get(app)
            if shared is None:
                shared = self._apps[app] = self._app_files(app, dialect.style)
            parts.append((f"app:{app}", shared))
        parts += [(f"component:{c}", pages.component_files(c, app, dialect))
                  for c in pages.components(template, app, dialect)]
        return parts

    def expand(self, template: str, app: str | None, style: str) -> list[str]:
        """A template with its JSON, its styles and scripts and what they import."""
        stem = os.path.splitext(template)[0]
        found: dict[str, None] = dict.fromkeys([template, f"{stem}.json"])
        self._follow(template, app, found, _TEMPLATE_INCLUDE, _style_targets)  # and the templates it includes
        for sheet in (style, *COMPILED_STYLES):  # the page's sheet, or the source compiled into it
            self._follow(stem + sheet, app, found, _STYLE_IMPORT, _style_targets)
        for ext in SCRIPT_EXTS:
            self._follow(stem + ext, app, found, _SCRIPT_IMPORT, _script_targets)
        return list(found)

    def _app_files(self, app: str, style: str) -> list[str]:
        found: dict[str, None] = dict.fromkeys(os.path.join(app, name) for name in _APP_FILES)
        for sheet in (style, *COMPILED_STYLES):
            self._follow(os.path.join(app, f"app{sheet}"), app, found, _STYLE_IMPORT, _style_targets)
        for ext in SCRIPT_EXTS:
            self._follow(os.path.join(app, f"app{ext}"), app, found, _SCRIPT_IMPORT, _script_targets)
        return list(found)

    def _follow(self, path: str, app: str | None, found: dict[str, None], pattern: re.Pattern[bytes],
                expand: Callable[[str], list[str]], depth: int = 0) -> None:
        """Adds `path` and, recursively, what it imports; a cycle stops at files already listed."""
        found[path] = None
        for target in self._targets(path, pattern):
            folder = (app or os.path.dirname(path)) if target.startswith("/") else os.path.dirname(path)
            base = os.path.normpath(os.path.join(folder, target.lstrip("/")))
            for candidate in expand(base):
                if candidate not in found and depth < _MAX_DEPTH:
                    self._follow(candidate, app, found, pattern, expand, depth + 1)

    def _targets(self, path: str, pattern: re.Pattern[bytes]) -> list[str]:
        """What a file imports, scanned once per change of the file (a shared helper is imported by many
        pages); the stat index keeps the list with the file's digest."""
        key = (path, pattern.pattern)
        cached = self._imports.get(key)
        if cached is None:
            cached = self._imports[key] = self.index.derived(path, _TAGS[pattern.pattern],
                                                             lambda data: _scan(pattern, data), _is_strings)
        return cached


def _scan(pattern: re.Pattern[bytes], data: bytes | None) -> list[str]:
    return [m.group(1).decode("utf-8", "replace") for m in pattern.finditer(data or b"")]


def _is_strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _frontend_hook(kind: str) -> Callable[[Path], list[Path]] | None:
    """The frontend's own `context_files`, if it has one (imported only when units of that kind exist)."""
    module = _FRONTEND_MODULES.get(kind)
    if module is None:
        return None
    hook = getattr(importlib.import_module(module), "context_files", None)
    return hook if callable(hook) else None


def android_module_context(res_dir: Path, index: StatIndex) -> list[str]:
    """What every layout of a module may read: every XML resource of the module and of its in-repo
    dependencies (values, layouts it may include, drawables), manifests (theme), Gradle scripts, the
    module's Java/Kotlin lifecycle code, and the values of every source set of the module (a flavor's value is
    main's layouts' in that build) and of the apps that package it (an app's value for a name wins over a
    library's: android/builds.py), with those apps' build scripts (their installed builds and dimensions)."""
    from lint.frontends.android import gradle
    from lint.frontends.android.code import source_files

    found: dict[str, None] = {}
    module = gradle.module_dir(res_dir)
    root = gradle.settings_root(module.resolve())
    if root is not None:
        found.update(dict.fromkeys(os.fspath(root / name) for name in _SETTINGS_FILES))
    deps, _, _, apps = index.memo(f"android:{res_dir.resolve()}", lambda: _dependencies(res_dir), _dependencies_hold)
    found.update(dict.fromkeys(_source_set_files(module, ("values", "layout"))))
    for app in apps:  # the values of the apps that package it (their layouts are not this module's)
        found.update(dict.fromkeys(_source_set_files(Path(app), ("values",))))
        # and their build scripts: which of their builds are installed (build types, signing) and their flavors'
        # dimensions decide which of those values ship
        found.update(dict.fromkeys(os.fspath(Path(app) / name) for name in _GRADLE_FILES))
    for res in (res_dir, *map(Path, deps)):
        owner = gradle.module_dir(res)
        found.update(dict.fromkeys(os.fspath(owner / name) for name in _GRADLE_FILES))
        found[os.fspath(res.parent / "AndroidManifest.xml")] = None
        found.update(dict.fromkeys(_resource_xml(res)))
    found.update(dict.fromkeys(map(os.fspath, source_files(module))))
    return list(found)


def _dependencies(res_dir: Path) -> tuple[list[list[str]], list[str]]:
    """[the `res/` folders of the modules a module depends on, every module of the build, each one's
    `res/` folder or "", the modules that package it (gradle.consumers)], and the Gradle scripts that decide
    them: the settings scripts from the module up to the root (one created in between moves the root) and every
    module's build scripts."""
    from lint.frontends.android import gradle

    deps = [os.fspath(res) for res in gradle.dependency_res_dirs(res_dir)]
    module = gradle.module_dir(res_dir).resolve()
    root = gradle.settings_root(module)
    read: list[str] = []
    for folder in (module, *module.parents)[:_SETTINGS_SEARCH]:
        read += [os.fspath(folder / name) for name in _SETTINGS_FILES]
        if folder == root:
            break
    owners = sorted({module, *(gradle.modules(root).values() if root is not None else ())})
    for owner in owners:
        read += [os.fspath(owner / name) for name in _GRADLE_FILES]
    modules = list(map(os.fspath, owners))
    apps = list(map(os.fspath, gradle.consumers(module)))
    return [deps, modules, _res_folders(modules), apps], read


def _res_folders(modules: list[str]) -> list[str]:
    from lint.frontends.android import gradle

    return [os.fspath(gradle.res_dir_of(Path(m)) or "") for m in modules]


def _dependencies_hold(value: Any) -> bool:
    """A remembered answer is also a function of which modules have a `res/` folder: look again."""
    return (isinstance(value, list) and len(value) == 4 and all(map(_is_strings, value))
            and _res_folders(value[1]) == value[2])


def _source_set_files(module: Path, kinds: tuple[str, ...]) -> list[str]:
    """Every `src/<set>/res/<kind>*/*.xml` of a module: another set's values are main's in its builds, and another
    set's layout of the same name replaces main's (android/builds.py)."""
    try:
        sets = sorted(e.path for e in os.scandir(module / "src") if e.is_dir())
    except OSError:
        return []
    found: list[str] = []
    for folder in sets:
        with contextlib.suppress(OSError):
            res = os.path.join(folder, "res")
            for values in sorted(e.path for e in os.scandir(res)
                                 if e.is_dir() and e.name.startswith(kinds)):
                found += sorted(e.path for e in os.scandir(values) if e.name.endswith(".xml") and not e.is_dir())
    return found


def _resource_xml(res: Path) -> list[str]:
    """Every `res/<folder>/*.xml`, folders and files in name order."""
    try:
        folders = sorted(e.path for e in os.scandir(res) if e.is_dir())
    except OSError:
        return []
    found: list[str] = []
    for folder in folders:
        with contextlib.suppress(OSError):
            found += sorted(e.path for e in os.scandir(folder) if e.name.endswith(".xml") and not e.is_dir())
    return found


def _style_targets(base: str) -> list[str]:
    """The file as named; for Sass and Less also with a suffix and as a partial (`@import "vars"`)."""
    folder, name = os.path.split(base)
    return [base, *(os.path.join(folder, f"{prefix}{name}{suffix}")
                    for suffix in COMPILED_STYLES for prefix in ("", "_"))]


def _script_targets(base: str) -> list[str]:
    """Where a bundler looks for `./x`: the file itself, with each script extension, or an index file."""
    return [base, *(base + ext for ext in SCRIPT_EXTS), *(os.path.join(base, f"index{ext}") for ext in SCRIPT_EXTS)]

"""Which files a unit's findings can depend on: the inputs of its cache key.

Listed here, outside the frontends, so that computing a key never imports a parser. The lists
over-approximate on purpose (a superfluous file only costs a cache miss when it changes; a missing
one would serve stale findings), and they include files that do not exist: creating one changes
what the frontend reads. A frontend's page module may add its own `context_files(path) -> list[Path]`
for reads only it knows about (a mini-program page's components); it is consulted when present, and a
uni-app or Taro unit is cached only through it.

One `ContextFiles` serves one run: it remembers folder listings, module contexts and import closures that
units share (a module's chunks, a mini-program's app files), and is dropped with the run, so edits made
between two runs of a long-lived process are always seen.
"""

from __future__ import annotations

import hashlib
import importlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from lint.frontends.mini.dialects import DIALECTS, SCRIPT_EXTS

if TYPE_CHECKING:
    from lint.discover import Unit

_STYLES = sorted({d.style for d in DIALECTS.values()})
_APP_FILES = ("app.json", *(f"app{ext}" for ext in SCRIPT_EXTS), *(f"app{style}" for style in _STYLES))
# Scanned, not parsed: a false match only adds a file to the key.
_STYLE_IMPORT = re.compile(rb"""@import\s+(?:url\()?\s*["']([^"']+)["']""")
_SCRIPT_IMPORT = re.compile(rb"""(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(?\s*)["']([./][^"'\n]*)["']""")
_MAX_DEPTH = 8
_APP_SEARCH_DEPTH = 12
_FRONTEND_MODULES = {"mini": "lint.frontends.mini.page", "vue": "lint.frontends.vue.page",
                     "taro": "lint.frontends.taro.page"}
_GRADLE_FILES = ("build.gradle", "build.gradle.kts")
_SETTINGS_FILES = ("settings.gradle", "settings.gradle.kts")


#: A share of a unit's context: (group, files). A named group (a module's resources, a mini-program's app
#: files) is the same for many units, so its digest is computed once per run; "" is the unit's own part.
Part = tuple[str, list[Path]]
_MISSING = b"\0missing"


class ContextFiles:
    def __init__(self) -> None:
        self.digests: dict[Path, bytes] = {}
        self._modules: dict[Path, list[Path]] = {}
        self._app_roots: dict[Path, Path | None] = {}
        self._apps: dict[Path, list[Path]] = {}
        self._imports: dict[tuple[Path, bytes], list[str]] = {}

    def __call__(self, unit: Unit) -> list[Part] | None:
        """Every file the unit may read; None for a unit kind whose reads are not known (never cached)."""
        if unit.kind == "android":
            module = self._modules.get(unit.context)
            if module is None:
                module = self._modules[unit.context] = android_module_context(unit.context)
            return [("", list(unit.files)), (f"android:{unit.context}", module)]
        if unit.kind == "mini":
            return self.mini(unit.context)
        listed = _frontend_hook(unit.kind)
        return [("", [*unit.files, unit.context, *listed(unit.context)])] if listed is not None else None

    def read(self, path: Path) -> bytes | None:
        """A file's bytes (None when unreadable), remembering their digest: listing a page's imports
        and hashing the page then read each file once."""
        try:
            data: bytes | None = path.read_bytes()
        except OSError:
            data = None
        self.digests[path] = hashlib.blake2b(_MISSING if data is None else data, digest_size=20).digest()
        return data

    def digest(self, path: Path) -> bytes:
        cached = self.digests.get(path)
        if cached is None:
            self.read(path)
            cached = self.digests[path]
        return cached

    def mini(self, template: Path) -> list[Part]:
        """The page's own files and imports, and the app-wide files with theirs (one group per app)."""
        app = self.app_root(template.parent)
        dialect = DIALECTS.get(template.suffix)
        style = dialect.style if dialect else ".wxss"
        own: dict[Path, None] = dict.fromkeys([template, template.with_suffix(".json")])
        self._follow(template.with_suffix(style), app, own, _STYLE_IMPORT, _style_targets)
        for ext in SCRIPT_EXTS:
            self._follow(template.with_suffix(ext), app, own, _SCRIPT_IMPORT, _script_targets)
        listed = _frontend_hook("mini")
        own.update(dict.fromkeys(listed(template) if listed is not None else ()))
        parts: list[Part] = [("", list(own))]
        if app is not None:
            shared = self._apps.get(app)
            if shared is None:
                shared = self._apps[app] = self._app_files(app, style)
            parts.append((f"app:{app}", shared))
        return parts

    def _app_files(self, app: Path, style: str) -> list[Path]:
        found: dict[Path, None] = dict.fromkeys(app / name for name in _APP_FILES)
        self._follow(app / f"app{style}", app, found, _STYLE_IMPORT, _style_targets)
        for ext in SCRIPT_EXTS:
            self._follow(app / f"app{ext}", app, found, _SCRIPT_IMPORT, _script_targets)
        return list(found)

    def _follow(self, path: Path, app: Path | None, found: dict[Path, None], pattern: re.Pattern[bytes],
                expand: Callable[[Path], list[Path]], depth: int = 0) -> None:
        """Adds `path` and, recursively, what it imports; a cycle stops at files already listed."""
        found[path] = None
        for target in self._targets(path, pattern):
            base = (app or path.parent) / target.lstrip("/") if target.startswith("/") else path.parent / target
            for candidate in expand(base):
                if candidate not in found and depth < _MAX_DEPTH:
                    self._follow(candidate, app, found, pattern, expand, depth + 1)

    def _targets(self, path: Path, pattern: re.Pattern[bytes]) -> list[str]:
        """What a file imports, scanned once per run (a shared helper is imported by many pages)."""
        key = (path, pattern.pattern)
        cached = self._imports.get(key)
        if cached is None:
            data = self.read(path)
            cached = self._imports[key] = [m.group(1).decode("utf-8", "replace")
                                           for m in pattern.finditer(data or b"")]
        return cached

    def app_root(self, page_dir: Path) -> Path | None:
        """The closest folder above a page holding `app.json` (as the mini frontend finds it)."""
        if page_dir not in self._app_roots:
            self._app_roots[page_dir] = app_root(page_dir)
        return self._app_roots[page_dir]


def app_root(page_dir: Path) -> Path | None:
    current = page_dir
    for _ in range(_APP_SEARCH_DEPTH):
        if (current / "app.json").is_file():
            return current
        if current.parent == current:
            return None
        current = current.parent
    return None


def _frontend_hook(kind: str) -> Callable[[Path], list[Path]] | None:
    """The frontend's own `context_files`, if it has one (imported only when units of that kind exist)."""
    module = _FRONTEND_MODULES.get(kind)
    if module is None:
        return None
    hook = getattr(importlib.import_module(module), "context_files", None)
    return hook if callable(hook) else None


def android_module_context(res_dir: Path) -> list[Path]:
    """What every layout of a module may read: every XML resource of the module and of its in-repo
    dependencies (values, layouts it may include, drawables), manifests (theme), Gradle scripts, and the
    module's Java/Kotlin lifecycle code."""
    from lint.frontends.android import gradle
    from lint.frontends.android.code import source_files

    found: dict[Path, None] = {}
    module = gradle.module_dir(res_dir)
    root = gradle.settings_root(module.resolve())
    if root is not None:
        found.update(dict.fromkeys(root / name for name in _SETTINGS_FILES))
    for res in (res_dir, *gradle.dependency_res_dirs(res_dir)):
        owner = gradle.module_dir(res)
        found.update(dict.fromkeys(owner / name for name in _GRADLE_FILES))
        found[res.parent / "AndroidManifest.xml"] = None
        found.update(dict.fromkeys(_resource_xml(res)))
    found.update(dict.fromkeys(source_files(module)))
    return list(found)


def _resource_xml(res: Path) -> list[Path]:
    try:
        folders = sorted(p for p in res.iterdir() if p.is_dir())
    except OSError:
        return []
    return [path for folder in folders for path in sorted(folder.glob("*.xml"))]


def _style_targets(base: Path) -> list[Path]:
    return [base]


def _script_targets(base: Path) -> list[Path]:
    """Where a bundler looks for `./x`: the file itself, with each script extension, or an index file."""
    return [base, *(base.with_name(base.name + ext) for ext in SCRIPT_EXTS),
            *(base / f"index{ext}" for ext in SCRIPT_EXTS)]

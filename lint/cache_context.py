"""Which files a unit's findings can depend on: the inputs of its cache key.

Listed here, outside the frontends, so that computing a key never imports a parser. The lists
over-approximate on purpose (a superfluous file only costs a cache miss when it changes; a missing
one would serve stale findings), and they include files that do not exist: creating one changes
what the frontend reads. A frontend module may add its own `context_files(path) -> list[Path]`
for reads only it knows about (a mini-program page's components); it is consulted when present.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
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
_GRADLE_FILES = ("build.gradle", "build.gradle.kts")
_SETTINGS_FILES = ("settings.gradle", "settings.gradle.kts")


def context_files(unit: Unit) -> list[Path] | None:
    """Every file the unit may read; None for a unit kind whose reads are not known (never cached)."""
    if unit.kind == "android":
        return android_context(unit.context, unit.files)
    if unit.kind == "mini":
        return [*mini_context(unit.context), *_frontend_extras("lint.frontends.mini.page", unit.context)]
    if unit.kind in ("vue", "taro"):
        return [*unit.files, *_frontend_extras(f"lint.frontends.{unit.kind}.page", unit.context)]
    return None


def _frontend_extras(module_name: str, path: Path) -> list[Path]:
    extra = getattr(importlib.import_module(module_name), "context_files", None)
    return list(extra(path)) if callable(extra) else []


def android_context(res_dir: Path, files: Iterable[Path]) -> list[Path]:
    """The unit's layouts, every XML resource of its module and of its in-repo dependencies (values, other
    layouts it may include, drawables), the manifest (theme), Gradle scripts and the module's Java/Kotlin."""
    from lint.frontends.android import gradle
    from lint.frontends.android.code import source_files

    found: dict[Path, None] = dict.fromkeys(files)
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


def mini_context(template: Path) -> list[Path]:
    """The page's own files, the app-wide files, and the styles and scripts those import."""
    found: dict[Path, None] = dict.fromkeys([template, template.with_suffix(".json")])
    app = app_root(template.parent)
    dialect = DIALECTS.get(template.suffix)
    style = dialect.style if dialect else ".wxss"
    styles = [template.with_suffix(style)]
    scripts = [template.with_suffix(ext) for ext in SCRIPT_EXTS]
    if app is not None:
        found.update(dict.fromkeys(app / name for name in _APP_FILES))
        styles.insert(0, app / f"app{style}")
        scripts += [app / f"app{ext}" for ext in SCRIPT_EXTS]
    for path in styles:
        _follow(path, app, found, _STYLE_IMPORT, _style_targets)
    for path in scripts:
        _follow(path, app, found, _SCRIPT_IMPORT, _script_targets)
    return list(found)


def app_root(page_dir: Path) -> Path | None:
    """The closest folder above a page holding `app.json` (as the mini frontend finds it)."""
    current = page_dir
    for _ in range(_APP_SEARCH_DEPTH):
        if (current / "app.json").is_file():
            return current
        if current.parent == current:
            return None
        current = current.parent
    return None


def _style_targets(base: Path) -> list[Path]:
    return [base]


def _script_targets(base: Path) -> list[Path]:
    """Where a bundler looks for `./x`: the file itself, with each script extension, or an index file."""
    return [base, *(base.with_name(base.name + ext) for ext in SCRIPT_EXTS),
            *(base / f"index{ext}" for ext in SCRIPT_EXTS)]


def _follow(path: Path, app: Path | None, found: dict[Path, None], pattern: re.Pattern[bytes],
            expand: Callable[[Path], list[Path]], depth: int = 0) -> None:
    """Adds `path` and, recursively, what it imports; a cycle stops at files already listed."""
    found[path] = None
    try:
        data = path.read_bytes()
    except OSError:
        return
    for match in pattern.finditer(data):
        target = match.group(1).decode("utf-8", "replace")
        base = (app or path.parent) / target.lstrip("/") if target.startswith("/") else path.parent / target
        for candidate in expand(base):
            if candidate not in found and depth < _MAX_DEPTH:
                _follow(candidate, app, found, pattern, expand, depth + 1)

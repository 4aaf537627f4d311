"""Discovery: walk the given paths and group files into units that must be read together.

A unit is an Android module's layouts (with its `res/values*` tables as context) or one
mini-program page (template + script + styles). A file given alone still gets its unit's context:
a changed `strings.xml` re-lints its module's layouts, a changed page script re-lints its template.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lint.frontends.mini.dialects import DIALECTS, SCRIPT_EXTS

SKIP_DIRS = frozenset({".git", ".hg", ".svn", "build", "node_modules", "miniprogram_npm", "unpackage", "dist",
                       ".gradle", ".idea", ".darklint_cache", "__pycache__", ".venv", "venv"})
_STYLE_EXTS = frozenset(d.style for d in DIALECTS.values())
#: Layout chunks keep units small enough to spread over workers and to cache.
ANDROID_CHUNK = 64


@dataclass(frozen=True, slots=True)
class Unit:
    kind: str  # "android" | "mini" | "vue" | "taro"
    context: Path  # the module's res/ folder, or the page template
    files: tuple[Path, ...]  # the files whose findings this unit reports

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.context}:{len(self.files)}:{self.files[0] if self.files else ''}"


@dataclass(slots=True)
class Discovery:
    units: list[Unit] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    files: int = 0


def _android_res(path: Path) -> tuple[Path, str] | None:
    parent = path.parent
    if path.suffix != ".xml" or parent.parent.name != "res":
        return None
    if parent.name == "layout" or parent.name.startswith("layout-"):
        return parent.parent, "layout"
    if parent.name == "values" or parent.name.startswith("values-"):
        return parent.parent, "values"
    return None


def _template_for(path: Path) -> Path | None:
    if path.suffix in DIALECTS:
        return path
    if path.suffix in SCRIPT_EXTS or path.suffix in _STYLE_EXTS or path.suffix == ".json":
        for ext in DIALECTS:
            candidate = path.with_suffix(ext)
            if candidate.is_file():
                return candidate
    return None


def _layouts(res: Path) -> list[Path]:
    found: list[Path] = []
    try:
        for folder in res.iterdir():
            if folder.is_dir() and (folder.name == "layout" or folder.name.startswith("layout-")):
                found.extend(p for p in folder.glob("*.xml") if p.is_file())
    except OSError:
        pass
    return found


class _Ignorer:
    """`.gitignore` files along the walk (pathspec implements git's wildmatch faithfully)."""

    def __init__(self) -> None:
        self.specs: list[tuple[Path, Any]] = []

    def load(self, directory: Path) -> None:
        gitignore = directory / ".gitignore"
        if gitignore.is_file():
            import pathspec

            try:
                lines = gitignore.read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError:
                return
            self.specs.append((directory, pathspec.GitIgnoreSpec.from_lines(lines)))

    def ignored(self, path: Path, is_dir: bool) -> bool:
        for base, spec in self.specs:
            try:
                rel = path.relative_to(base).as_posix()
            except ValueError:
                continue
            if spec.match_file(rel + "/" if is_dir else rel):
                return True
        return False


def _utf8_name(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes come back from the OS as lone surrogates
        return False
    return True


def printable(path: Path) -> str:
    """A path for a message, with undecodable bytes shown as escapes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def walk(root: Path, notices: list[str]) -> Iterator[Path]:
    ignorer = _Ignorer()
    for parent in reversed(root.resolve().parents):
        if (parent / ".git").exists() or (parent / ".gitignore").is_file():
            ignorer.load(parent)
    stack = [root]
    while stack:
        directory = stack.pop()
        ignorer.load(directory)
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as exc:
            notices.append(f"{printable(directory)}: skipped, cannot list ({exc.strerror})")
            continue
        subdirs = []
        for entry in entries:
            path = Path(entry.path)
            if not _utf8_name(entry.name):
                # Paths end up in reports (JSON, SARIF) that must be valid UTF-8: name it, skip it.
                notices.append(f"{printable(path)}: skipped, file name is not valid UTF-8")
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
                is_file = entry.is_file()
            except OSError as exc:  # e.g. ELOOP: a symbolic link that points at itself
                notices.append(f"{printable(path)}: skipped ({exc.strerror})")
                continue
            if not (is_dir or is_file) and entry.is_symlink() and not os.path.exists(path):
                notices.append(f"{printable(path)}: skipped, broken symbolic link")
            if is_dir:
                if entry.name not in SKIP_DIRS and not ignorer.ignored(path, True):
                    subdirs.append(path)
            elif is_file and not ignorer.ignored(path, False):
                yield path
        stack.extend(reversed(subdirs))


def discover(paths: Iterable[Path], notices: list[str] | None = None) -> Discovery:
    result = Discovery(notices=notices if notices is not None else [])
    layouts: dict[Path, set[Path]] = {}
    templates: set[Path] = set()
    components: dict[Path, str] = {}
    for given in paths:
        if given.is_dir():
            candidates: Iterable[Path] = walk(given, result.notices)
        elif given.exists():
            candidates = [given]
        else:
            result.notices.append(f"{given}: no such file or directory")
            continue
        for path in candidates:
            res = _android_res(path)
            if res is not None:
                res_dir, kind = res
                bucket = layouts.setdefault(res_dir, set())
                if kind == "layout":
                    bucket.add(path)
                elif given == path:
                    bucket.update(_layouts(res_dir))
                continue
            framework = _framework_kind(path)
            if framework is not None:
                components[path] = framework
                continue
            template = _template_for(path) if given == path or path.suffix in DIALECTS else None
            if template is not None and (template.suffix != ".qml" or _is_mini(template)):
                templates.add(template)
    for res_dir in sorted(layouts):
        files = sorted(layouts[res_dir])
        for start in range(0, len(files), ANDROID_CHUNK):
            result.units.append(Unit("android", res_dir, tuple(files[start : start + ANDROID_CHUNK])))
        result.files += len(files)
    for template in sorted(templates):
        result.units.append(Unit("mini", template, (template,)))
        result.files += 1
    for path in sorted(components):
        result.units.append(Unit(components[path], path, (path,)))
        result.files += 1
    return result


def _framework_kind(path: Path) -> str | None:
    """uni-app single-file components are always units; `.jsx`/`.tsx` only in Taro code."""
    if path.suffix in (".vue", ".nvue"):
        return "vue"
    if path.suffix in (".jsx", ".tsx"):
        from lint.frontends.taro.detect import is_taro

        return "taro" if is_taro(path) else None
    return None


def _is_mini(template: Path) -> bool:
    """`.qml` is also Qt's language: a QQ page has a `.qss` beside it or a mini-program root
    (`app.json`) above it; a Qt project has neither."""
    if template.with_suffix(".qss").is_file():
        return True
    from lint.frontends.mini.page import app_root

    return app_root(template.parent) is not None

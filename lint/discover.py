"""Discovery: walk the given paths and group files into units that must be read together.

A unit is an Android module's layouts and preference screens (with its `res/values*` tables as context) or one
mini-program page (template + script + styles). A file given alone still gets its unit's context:
a changed `strings.xml` re-lints its module's layouts, a changed page script re-lints its template.
"""

from __future__ import annotations

import functools
import operator
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lint.frontends.android import unshipped_folder
from lint.frontends.mini.dialects import DIALECTS, SCRIPT_EXTS

SKIP_DIRS = frozenset({".git", ".hg", ".svn", "build", "node_modules", "miniprogram_npm", "unpackage", "dist",
                       ".gradle", ".idea", ".darklint_cache", "__pycache__", ".venv", "venv"})
#: Of those, the ones that hold code a user may mean to lint (a component library ships its pages in `dist/`):
#: a run that finds nothing else names them.
_OUTPUT_DIRS = frozenset({"build", "node_modules", "miniprogram_npm", "unpackage", "dist"})
_STYLE_EXTS = frozenset(d.style for d in DIALECTS.values())
_FRAMEWORK_SUFFIXES = frozenset({".vue", ".nvue", ".jsx", ".tsx"})
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
    #: Build-output and dependency folders (`_OUTPUT_DIRS`) that were skipped, by name.
    skipped: set[str] = field(default_factory=set)
    #: The paths given that hold nothing darklint lints (an empty folder, `settings.gradle`): a run over them
    #: alone would pass as "0 files checked", so they are named (as ruff warns of no Python files found).
    empty: list[Path] = field(default_factory=list)


def _android_res(path: Path) -> tuple[Path, str] | None:
    parent = path.parent
    if path.suffix != ".xml" or not _is_res_root(os.fspath(parent.parent)):
        return None
    if parent.name == "layout" or parent.name.startswith("layout-"):
        return parent.parent, "layout"
    if parent.name == "values" or parent.name.startswith("values-"):
        return parent.parent, "values"
    if parent.name == "xml" or parent.name.startswith("xml-"):
        return parent.parent, "layout"  # a preference screen: a file of the module's unit, like a layout
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

    def load(self, directory: Path | str) -> None:
        if os.path.isfile(os.path.join(directory, ".gitignore")):
            self.add(directory)

    def add(self, directory: Path | str) -> None:
        """The `.gitignore` of `directory`, known to be a file."""
        import pathspec

        try:
            lines = Path(directory, ".gitignore").read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return
        try:
            spec = pathspec.GitIgnoreSpec.from_lines(lines)
        except (ValueError, re.error):
            # A line git skips (`!`, `bin\`, a reversed range `[b-a]`) makes pathspec raise: read the file line by
            # line and skip those, as git does.
            spec = pathspec.GitIgnoreSpec.from_lines([line for line in lines if _readable(pathspec, line)])
        self.specs.append((Path(directory), spec))

    def ignored(self, path: Path, is_dir: bool) -> bool:
        for base, spec in self.specs:
            try:
                rel = path.relative_to(base).as_posix()
            except ValueError:
                continue
            if spec.match_file(rel + "/" if is_dir else rel):
                return True
        return False


def _readable(pathspec: Any, line: str) -> bool:
    try:
        pathspec.GitIgnoreSpec.from_lines([line])
    except (ValueError, re.error):
        return False
    return True


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
    """Every file under `root` that is not skipped or ignored, folder by folder in name order."""
    for directory, names in _listing(root, notices):
        for name in names:
            yield Path(os.path.join(directory, name))


def _listing(root: Path, notices: list[str], skipped: set[str] | None = None) -> Iterator[tuple[str, list[str]]]:
    """(folder, names of its files) for every folder under `root`, depth first in name order.

    Works on strings: a Path per file cost more than the rest of discovery together; only the
    files that become units get one.
    """
    ignorer = _Ignorer()
    for parent in reversed(root.resolve().parents):
        if (parent / ".git").exists() or (parent / ".gitignore").is_file():
            ignorer.load(parent)
    stack = [os.fspath(root)]
    while stack:
        directory = stack.pop()
        try:
            entries = sorted(os.scandir(directory), key=_name)
        except OSError as exc:
            ignorer.load(directory)  # as git would: the folder's own rules, though nothing in it is listed
            notices.append(f"{printable(Path(directory))}: skipped, cannot list ({exc.strerror})")
            continue
        # The listing says whether the folder has a `.gitignore`: no `stat` per folder to ask.
        if any(e.name == ".gitignore" for e in entries):
            ignorer.load(directory)
        subdirs: list[str] = []
        files: list[str] = []
        for entry in entries:
            name = entry.name
            if not name.isascii() and not _utf8_name(name):
                # Paths end up in reports (JSON, SARIF) that must be valid UTF-8: name it, skip it.
                notices.append(f"{printable(Path(entry.path))}: skipped, file name is not valid UTF-8")
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
                is_file = not is_dir and entry.is_file()
            except OSError as exc:  # e.g. ELOOP: a symbolic link that points at itself
                notices.append(f"{printable(Path(entry.path))}: skipped ({exc.strerror})")
                continue
            if not (is_dir or is_file) and entry.is_symlink() and not os.path.exists(entry.path):
                notices.append(f"{printable(Path(entry.path))}: skipped, broken symbolic link")
            if is_dir:
                if name in SKIP_DIRS:
                    if skipped is not None and name in _OUTPUT_DIRS:
                        skipped.add(name)
                elif not (ignorer.specs and ignorer.ignored(Path(entry.path), True)):
                    subdirs.append(name if directory == "." else entry.path)  # as Path spells it: no `./`
            elif is_file and not (ignorer.specs and ignorer.ignored(Path(entry.path), False)):
                files.append(name)
        if files:
            yield directory, files
        stack.extend(reversed(subdirs))


_name = operator.attrgetter("name")


def _order(path: Path | str) -> Any:
    """A sort key that orders paths as `Path.__lt__` does (part by part), at a fraction of its cost."""
    if os.sep != "/":
        return Path(path)
    parts = os.fspath(path).split("/")
    if not parts[0]:
        parts[0] = "/"
    return parts


def _suffix(name: str) -> str:
    """`Path(name).suffix` without a Path."""
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def _is_res_root(folder: str) -> bool:
    """`res/`, a folder right inside one, or a `res-*` folder beside it: Gradle source sets that list several
    resource roots (`res.srcDirs = ["src/main/res/devsupport", ...]`, React Native; `src/main/res-privacy`) and
    Cordova plugins (`res/android/`, copied into the app's `res/` by `plugin.xml`) keep each there. Not the roots of
    a source set no user installs: the debug build type's (`src/debug`, `src/huaweiDebug`), a debuggable one's
    (`src/qa` of `qa { initWith debug }`; a library's `src/staging` no app of the repository builds), and tests'."""
    base, parent = os.path.basename(folder), os.path.dirname(folder)
    if base == "res" or (base.startswith(("res-", "res_")) and os.path.isdir(os.path.join(parent, "res"))
                         and _declared(base, os.path.dirname(os.path.dirname(parent)))):
        return not unshipped_folder(parent)
    return os.path.basename(parent) == "res" and not unshipped_folder(os.path.dirname(parent))


@functools.cache
def _declared(name: str, module: str) -> bool:
    """Whether the module's build script names a resource folder (`res.srcDirs("src/main/res-privacy")`): an
    old copy beside `res/` that no build reads (`res-unused/`) is not linted."""
    try:
        scripts = [entry.path for entry in os.scandir(module) if entry.name.endswith((".gradle", ".gradle.kts"))]
    except OSError:
        return False
    for script in scripts:  # build.gradle, and a file it applies (`apply from: 'privacy-res.gradle'`)
        try:
            with open(script, "rb") as handle:
                if name.encode() in handle.read():
                    return True
        except OSError:
            continue
    return False


def _res_kind(directory: str) -> str | None:
    """"layout" or "values" for a folder of an Android `res/` folder, else None."""
    if not _is_res_root(os.path.dirname(directory)):
        return None
    name = os.path.basename(directory)
    if name == "layout" or name.startswith("layout-"):
        return "layout"
    if name == "values" or name.startswith("values-"):
        return "values"
    if name == "xml" or name.startswith("xml-"):
        return "xml"  # preference screens (settings), linted with the module's layouts
    return None


def _discover_one(top: Path, result: Discovery, layouts: dict[str, dict[str, Path | None]],
                  templates: dict[str, Path | None], components: dict[Path, str]) -> int:
    """Adds what one given path holds (or, for a file other pages read, what reads it); returns how many
    lintable files it met."""
    met = 0
    pending = [top]
    while pending:
        given = pending.pop()
        # Absolute: a project's context (its `res/` folder, its app root) is found by walking up from what was
        # given, and `.` inside `res/layout` or a page folder has no parents to walk (reports stay relative).
        if not given.is_absolute():
            given = Path(os.path.abspath(given))
        if not given.is_dir() and given.exists():
            from lint.dependents import instead

            replaced = instead(given)  # an app's global sheet, an Activity's code: what reads it
            if replaced is not None:
                pending.extend(reversed(replaced))
                continue
        if given.is_dir():
            for directory, names in _listing(given, result.notices, result.skipped):
                res_kind = _res_kind(directory)
                if res_kind in ("layout", "xml"):
                    bucket = layouts.setdefault(os.path.dirname(directory), {})
                    for n in names:
                        if _suffix(n) == ".xml":
                            bucket.setdefault(os.path.join(directory, n), None)
                            met += 1
                    names = [n for n in names if _suffix(n) != ".xml"]
                elif res_kind == "values":
                    names = [n for n in names if _suffix(n) != ".xml"]  # context, not units
                folder = Path(directory) if names else None
                for name in names:
                    assert folder is not None
                    suffix = _suffix(name)
                    if suffix in DIALECTS:
                        template = folder / name
                        if suffix != ".qml" or _is_mini(template):
                            templates.setdefault(os.fspath(template), template)
                            met += 1
                    elif suffix in _FRAMEWORK_SUFFIXES:
                        framework = _framework_kind(folder / name)
                        if framework is not None:
                            components[folder / name] = framework
                            met += 1
                    elif suffix == ".js":
                        # Beside a template it is a mini-program page's script: not opened here.
                        stem = name[:-3]
                        if not any(stem + ext in names for ext in DIALECTS) and _is_taro_js(folder / name):
                            components[folder / name] = "taro"
                            met += 1
        elif given.exists():
            met += _add(given, layouts, templates, components)
        else:
            result.notices.append(f"{given}: no such file or directory")
    return met


def discover(paths: Iterable[Path], notices: list[str] | None = None) -> Discovery:
    result = Discovery(notices=notices if notices is not None else [])
    # Files as strings until the units are made: a Path per file, hashed into sets and compared while
    # sorting, was most of discovery's time. Each maps to its Path when one already exists (a file given alone).
    layouts: dict[str, dict[str, Path | None]] = {}
    templates: dict[str, Path | None] = {}
    components: dict[Path, str] = {}
    for top in paths:
        # Lintable files met under each given path, counted whether or not an earlier path found them too
        # (pre-commit passes a page's template and its style sheet: both are that page).
        # A build script is context (what its module's builds are), like a values file of a module without layouts:
        # pre-commit passes every staged one, and most (a root script, buildSrc, a JVM module) read nothing.
        if not _discover_one(top, result, layouts, templates, components) and top.exists() \
                and top.name not in ("build.gradle", "build.gradle.kts"):
            result.empty.append(top)
    for res_dir in sorted(layouts, key=_order):
        bucket = layouts[res_dir]
        files = [bucket[f] or Path(f) for f in sorted(bucket, key=_order)]
        for start in range(0, len(files), ANDROID_CHUNK):
            result.units.append(Unit("android", Path(res_dir), tuple(files[start : start + ANDROID_CHUNK])))
        result.files += len(files)
    for name in sorted(templates, key=_order):
        template = templates[name] or Path(name)
        result.units.append(Unit("mini", template, (template,)))
        result.files += 1
    for path in sorted(components):
        result.units.append(Unit(components[path], path, (path,)))
        result.files += 1
    return result


def _add(path: Path, layouts: dict[str, dict[str, Path | None]], templates: dict[str, Path | None],
         components: dict[Path, str]) -> int:
    """A file given alone: a layout, a values table (its module's layouts; an app's: its libraries' too), a
    component, or any file of a page (its template). Returns how many lintable files it stands for."""
    res = _android_res(path)
    if res is not None:
        res_dir, kind = res
        bucket = layouts.setdefault(os.fspath(res_dir), {})
        found = [path] if kind == "layout" else _layouts(res_dir)
        for layout in found:
            bucket.setdefault(os.fspath(layout), layout)
        main = res_dir.parent.parent / "main" / "res"
        if kind == "values" and res_dir.parent.parent.name == "src" and res_dir != main and main.is_dir():
            # A flavor's or build type's values (`src/huawei/res/values`) are also main's layouts' in that build
            # (android/builds.py): a pre-commit run on the file alone re-lints them too.
            main_layouts = _layouts(main)
            bucket = layouts.setdefault(os.fspath(main), {})
            for layout in main_layouts:
                bucket.setdefault(os.fspath(layout), layout)
            found = [*found, *main_layouts]
        if kind == "values":
            found = [*found, *_add_packaged(res_dir, layouts)]
        return len(found)
    framework = _framework_kind(path)
    if framework is not None:
        components[path] = framework
        return 1
    template = _template_for(path)
    if template is not None and (template.suffix != ".qml" or _is_mini(template)):
        templates.setdefault(os.fspath(template), template)
        return 1
    return 0


def _add_packaged(res_dir: Path, layouts: dict[str, dict[str, Path | None]]) -> list[Path]:
    """An app's values (any of its source sets') are also the layouts' of the libraries it packages: a name it
    defines wins over the library's in its APK (android/builds.py `_consumer_builds`). All their layouts, not only
    those naming what the file defines now: the staged change may have removed an override."""
    from lint.frontends.android import gradle

    found: list[Path] = []
    for library in packaged_libraries(gradle.module_dir(res_dir)):
        for root in main_res_roots(library):
            library_layouts = _layouts(root)
            bucket = layouts.setdefault(os.fspath(root), {})
            for layout in library_layouts:
                bucket.setdefault(os.fspath(layout), layout)
            found += library_layouts
    return found


def packaged_libraries(module: Path) -> list[Path]:
    """The libraries `module` packages that a run over its project lints: inside its Gradle settings root, in no
    skipped folder and not git-ignored. A React Native library in `../node_modules` or a vendored SDK outside the
    repository is not the project's code: a full run never visits it, so a pre-commit run must not either (it
    would fail the hook on a finding CI never reports)."""
    from lint.frontends.android import gradle

    root = gradle.settings_root(module.resolve())
    if root is None:
        return []
    kept = []
    for library in gradle.packaged(module):
        folder = library.resolve()
        try:
            parts = folder.relative_to(root).parts
        except ValueError:
            continue
        if not any(part in SKIP_DIRS for part in parts) and not _git_ignored(folder):
            kept.append(library)
    return kept


def _git_ignored(folder: Path) -> bool:
    """Whether `folder` (or a folder above it) is ignored by a `.gitignore` on its way down from the file system's
    root, as the walk (`_listing`) would find it."""
    ignorer = _Ignorer()
    chain = [*reversed(folder.parents), folder]
    for index, directory in enumerate(chain):
        if ignorer.specs and ignorer.ignored(directory, True):
            return True
        if index < len(chain) - 1:
            ignorer.load(directory)
    return False


def main_res_roots(module: Path) -> list[Path]:
    """The resource roots of a module's main source set (`src/main/res`, a declared `src/main/res-privacy`; an
    Eclipse-style `res/`): the ones its apps' values are read over."""
    roots = _set_res_roots(module / "src" / "main")
    if not roots and (module / "res").is_dir():
        roots.append(module / "res")
    return roots


def res_roots(module: Path) -> list[Path]:
    """The resource roots of every source set of a module that ships (a flavor's, release's; not debug's or
    tests'), main's first; an Eclipse-style `res/`."""
    try:
        sets = sorted(e.name for e in os.scandir(module / "src") if e.is_dir())
    except OSError:
        sets = []
    sets.sort(key=lambda name: name != "main")
    roots = [root for name in sets for root in _set_res_roots(module / "src" / name)]
    if not roots and (module / "res").is_dir():
        roots.append(module / "res")
    return roots


def _set_res_roots(source_set: Path) -> list[Path]:
    try:
        names = sorted(e.name for e in os.scandir(source_set) if e.name.startswith("res") and e.is_dir())
    except OSError:
        return []
    return [source_set / name for name in names if _is_res_root(os.fspath(source_set / name))]


def _framework_kind(path: Path) -> str | None:
    """uni-app single-file components are always units; `.jsx`/`.tsx` only in Taro code, `.js` only when it
    imports Taro's components (JSX in a `.js` file)."""
    if path.suffix in (".vue", ".nvue"):
        return "vue"
    if path.suffix in (".jsx", ".tsx"):
        from lint.frontends.taro.detect import is_taro

        return "taro" if is_taro(path) else None
    if path.suffix == ".js" and _template_for(path) is None and _is_taro_js(path):
        return "taro"
    return None


def _is_taro_js(path: Path) -> bool:
    from lint.frontends.taro.detect import is_taro_js

    return is_taro_js(path)


def _is_mini(template: Path) -> bool:
    """`.qml` is also Qt's language: a QQ page has a `.qss` beside it or a mini-program root
    (`app.json`) above it; a Qt project has neither."""
    if template.with_suffix(".qss").is_file():
        return True
    from lint.frontends.mini.project import app_root

    return app_root(template.parent) is not None

"""A uni-app project: its source root (where `pages.json` lives), `App.vue` global styles and
the components a tag resolves to (`easycom` rules, the default `components/<tag>/<tag>.vue`
convention, and explicit imports)."""

from __future__ import annotations

import functools
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

_SEARCH_DEPTH = 12
#: Longer tag names or import specifiers name no real component file (and a name past the file
#: system's limit would make even a stat fail).
_MAX_NAME = 200


def is_file(path: Path) -> bool:
    """`Path.is_file` for paths built from untrusted text: a name too long for the file system,
    a NUL byte or a permission problem mean "no such file", not an exception."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


@dataclass(frozen=True, slots=True)
class Project:
    root: Path
    app: Path | None
    #: easycom `custom` rules: (compiled tag pattern, path template with `$1`).
    easycom: tuple[tuple[re.Pattern[str], str], ...] = field(default=())
    #: The pages `pages.json` routes (`pages/login/login`, sub-packages' with their root); None when it lists none
    #: or cannot be read: every file may be a page.
    pages: frozenset[str] | None = None
    #: The major version of uView (`uview-ui`) the project ships, when every place that names it agrees
    #: (`uview_major`); None when none does or they differ. uView 1 reads a bare number size in rpx, uView 2 in px.
    uview: int | None = None

    def is_page(self, path: Path) -> bool:
        if self.pages is None:
            return True
        try:
            route = path.resolve().relative_to(self.root).with_suffix("").as_posix()
        except ValueError:
            return True
        return route in self.pages

    def component(self, tag: str, imports: dict[str, str], base: Path) -> Path | None:
        """The project `.vue` file a tag names, or None (libraries in node_modules stay tables)."""
        if len(tag) > _MAX_NAME:
            return None
        for local, specifier in imports.items():
            if _kebab(local) == tag and specifier.endswith((".vue", ".nvue")):
                return self._file(specifier, base)
        # Templates write a component `agree-check` or `AgreeCheck`; callers pass the kebab form,
        # while easycom patterns and folder names may use either spelling.
        spellings = dict.fromkeys((tag, _pascal(tag)))
        for pattern, template in self.easycom:
            match = next((m for name in spellings if (m := pattern.fullmatch(name)) is not None), None)
            if match:
                target = match.expand(template.replace("$", "\\"))
                if not target.startswith(("@/", "/", ".")):
                    return None  # a package in node_modules: a library, known by the table
                return self._file(target, base)
        for name in spellings:
            for ext in (".vue", ".nvue"):
                for candidate in (self.root / "components" / name / f"{name}{ext}",
                                  self.root / "components" / f"{name}{ext}"):
                    if is_file(candidate):
                        return candidate
        # easycom also scans plugins: `uni_modules/<plugin>/components/<name>/<name>.vue`.
        for plugin in _plugins(self.root):
            for name in spellings:
                for ext in (".vue", ".nvue"):
                    candidate = plugin / "components" / name / f"{name}{ext}"
                    if is_file(candidate):
                        return candidate
        return None

    def _file(self, specifier: str, base: Path) -> Path | None:
        if len(specifier) > _MAX_NAME:
            return None
        if specifier.startswith("@/"):
            path = self.root / specifier[2:]
        elif specifier.startswith("/"):
            path = self.root / specifier[1:]
        else:
            path = Path(os.path.normpath(base / specifier))  # shown in evidence: no `pages/pay/../../components`
        return path if is_file(path) else None


def _pascal(tag: str) -> str:
    """`agree-check` → `AgreeCheck`."""
    return "".join(part[:1].upper() + part[1:] for part in tag.split("-"))


def _kebab(name: str) -> str:
    from lint.frontends.vue.library import kebab

    return kebab(name)


def strip_json_comments(text: str) -> str:
    """`pages.json` allows `//` and `/* */` comments (and conditional-compilation comments)."""
    out, pos, in_string = [], 0, False
    while pos < len(text):
        char = text[pos]
        if in_string:
            out.append(char)
            if char == "\\" and pos + 1 < len(text):
                out.append(text[pos + 1])
                pos += 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
            out.append(char)
        elif text.startswith("//", pos):
            end = text.find("\n", pos)
            pos = len(text) if end == -1 else end
            continue
        elif text.startswith("/*", pos):
            end = text.find("*/", pos + 2)
            pos = len(text) if end == -1 else end + 2
            continue
        else:
            out.append(char)
        pos += 1
    return re.sub(r",(\s*[}\]])", r"\1", "".join(out))


def find_project(folder: Path) -> Project | None:
    return _project(folder.resolve())


@functools.lru_cache(maxsize=64)
def _project(folder: Path) -> Project | None:
    current = folder
    for _ in range(_SEARCH_DEPTH):
        pages = current / "pages.json"
        if is_file(pages) or is_file(current / "App.vue"):
            app = current / "App.vue"
            return Project(current, app if is_file(app) else None, *_pages_json(pages), uview=uview_major(current))
        if current.parent == current:
            return None
        current = current.parent
    return None


def _pages_json(pages: Path) -> tuple[tuple[tuple[re.Pattern[str], str], ...], frozenset[str] | None]:
    """easycom rules and page routes from `pages.json`; anything malformed is ignored (the page is still linted,
    its components resolved by the folder convention, every file taken for a page)."""
    from lint.source import SourceError, read_source

    try:
        data = json.loads(strip_json_comments(read_source(pages).text))
    except (SourceError, ValueError, RecursionError):  # RecursionError: `[[[[...` thousands deep
        return (), None
    return _easycom(data), _routes(data)


def _routes(data: object) -> frozenset[str] | None:
    if not isinstance(data, dict):
        return None
    found: set[str] = set()
    listed = [("", data.get("pages"))]
    for package in data.get("subPackages") or data.get("subpackages") or ():
        if isinstance(package, dict) and isinstance(package.get("root"), str):
            listed.append((package["root"].strip("/") + "/", package.get("pages")))
    for root, entries in listed:
        for entry in entries if isinstance(entries, list) else ():
            path = entry.get("path") if isinstance(entry, dict) else None
            if isinstance(path, str):
                found.add(root + path.strip("/"))
    return frozenset(found) if found else None


def _easycom(data: object) -> tuple[tuple[re.Pattern[str], str], ...]:
    easycom = data.get("easycom") if isinstance(data, dict) else None
    custom = easycom.get("custom") if isinstance(easycom, dict) else None
    rules: list[tuple[re.Pattern[str], str]] = []
    for pattern, target in (custom.items() if isinstance(custom, dict) else ()):
        pattern = pattern.lstrip("^").rstrip("$")
        if not isinstance(target, str) or not _safe_pattern(pattern):
            continue
        rules.append((re.compile(pattern), target))
    return tuple(rules)


def _safe_pattern(pattern: str) -> bool:
    """The pattern is matched against tag names from untrusted templates: it must compile and
    must not backtrack catastrophically (the lexicon checker; the leading literal only stops it
    from refusing patterns that match empty text, such as easycom's usual `(.*)`)."""
    from lint.lexicon import check_pattern

    return check_pattern(f"@(?:{pattern})") is None


def _plugins(root: Path) -> tuple[Path, ...]:
    """The project's `uni_modules` plugin folders, in name order (listed again whenever the folder changes)."""
    folder = os.path.join(root, "uni_modules")
    try:
        stamp = os.stat(folder).st_mtime_ns
    except (OSError, ValueError):
        return ()
    return _listed(folder, stamp)


@functools.lru_cache(maxsize=64)
def _listed(folder: str, stamp: int) -> tuple[Path, ...]:
    try:
        return tuple(sorted(Path(entry.path) for entry in os.scandir(folder) if entry.is_dir()))
    except OSError:
        return ()


#: The package.json files that may pin uView's version: its copy in the project (uView 1 was downloaded into
#: `uview-ui/`, uView 2 into `uni_modules/uview-ui/`) or in `node_modules/`, and the project's dependency list.
_UVIEW_COPIES = ("uview-ui/package.json", "uni_modules/uview-ui/package.json", "node_modules/uview-ui/package.json")
_MAJOR = re.compile(r"\s*[\^~=v>]*\s*(\d+)(?:\.|\s*$)")


@functools.lru_cache(maxsize=64)
def uview_major(root: Path) -> int | None:
    """The major version of `uview-ui` in the project at `root` (where `pages.json` is; a CLI project's
    `package.json` is beside `src/`): the copies' `version`s and the dependency's range must name one major version
    and nothing unreadable, else it is not known."""
    found: set[int | None] = set()
    for base in _bases(root):
        for name in _UVIEW_COPIES:
            data = _json(base / name)
            if data is not None:
                found.add(_major(data.get("version")))
        manifest = _json(base / "package.json") or {}
        for key in ("dependencies", "devDependencies"):
            listed = manifest.get(key)
            if isinstance(listed, dict) and "uview-ui" in listed:
                found.add(_major(listed["uview-ui"]))
    return next(iter(found)) if len(found) == 1 else None


def _bases(root: Path) -> tuple[Path, ...]:
    return (root, root.parent) if root.name == "src" else (root,)


def uview_sources(root: Path) -> list[Path]:
    """The files `uview_major` reads (the cache key lists them: a version bump changes what a page reports)."""
    return [base / name for base in _bases(root) for name in (*_UVIEW_COPIES, "package.json")]


def _major(version: object) -> int | None:
    match = _MAJOR.match(version) if isinstance(version, str) else None
    return int(match.group(1)) if match else None


def _json(path: Path) -> dict[str, object] | None:
    if not is_file(path):
        return None
    from lint.source import SourceError, read_source

    try:
        data = json.loads(read_source(path).text)
    except (SourceError, ValueError, RecursionError):
        return {}  # there but unreadable: its version is not known
    return data if isinstance(data, dict) else {}

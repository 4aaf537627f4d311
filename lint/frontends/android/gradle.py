"""Multi-module Gradle builds: which modules a module depends on, and where their `res/` folders are.

Only what decides resource visibility is read: `include` lines (and `project(':x').projectDir = ...`) in
`settings.gradle(.kts)`, and `project(":x")` / `projects.x` dependencies in each module's
`build.gradle(.kts)`. Gradle files are programs; this reads their declarative common case, and anything it
cannot read (a dependency computed in a loop, a published library) simply contributes no resources, so
those references stay unknown rather than guessed.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

_SETTINGS = ("settings.gradle", "settings.gradle.kts")
_BUILD = ("build.gradle", "build.gradle.kts")
_COMMENT = re.compile(r"/\*.*?\*/|(?:^|(?<=\s))//[^\n]*", re.S)
_INCLUDE = re.compile(r"\binclude\s*\(?((?:\s*,?\s*['\"][^'\"\n]+['\"])+)")
_QUOTED = re.compile(r"['\"]([^'\"\n]+)['\"]")
_PROJECT_DIR = re.compile(r"project\(\s*['\"]([^'\"]+)['\"]\s*\)\s*\.projectDir\s*=\s*"
                          r"(?:file\(|new\s+File\(\s*settingsDir\s*,)\s*['\"]([^'\"]+)['\"]")
_PROJECT_DEP = re.compile(r"\bproject\(\s*(?:path\s*[:=]\s*)?['\"](:[^'\"]+)['\"]")
_ACCESSOR = re.compile(r"\bprojects((?:\.\w+)+)")
_MAX_UP = 8


def _read(path: Path) -> str:
    try:
        return _COMMENT.sub("", path.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return ""


def _normal(gradle_path: str) -> str:
    return gradle_path if gradle_path.startswith(":") else ":" + gradle_path


def res_root(res_dir: Path) -> Path:
    """The `res/` folder a resource root is, or is right inside (`src/main/res/devsupport`: discover.py)."""
    return res_dir.parent if res_dir.parent.name == "res" and res_dir.name != "res" else res_dir


def module_dir(res_dir: Path) -> Path:
    """`<module>/src/<set>/res` -> `<module>`; an old Eclipse-style `<module>/res` -> `<module>`."""
    res_dir = res_root(res_dir)
    parents = res_dir.parents
    if len(parents) >= 3 and parents[1].name == "src":
        return parents[2]
    return res_dir.parent


def res_dir_of(module: Path) -> Path | None:
    for candidate in (module / "src" / "main" / "res", module / "res"):
        if candidate.is_dir():
            return candidate
    return None


@functools.lru_cache(maxsize=32)
def settings_root(start: Path) -> Path | None:
    current = start
    for _ in range(_MAX_UP):
        if any((current / name).is_file() for name in _SETTINGS):
            return current
        if current.parent == current:
            break
        current = current.parent
    return None


@functools.lru_cache(maxsize=32)
def modules(root: Path) -> dict[str, Path]:
    """Gradle path (`:core:ui`) -> module folder, from the settings script."""
    text = "".join(_read(root / name) for name in _SETTINGS)
    found: dict[str, Path] = {}
    for match in _INCLUDE.finditer(text):
        for name in _QUOTED.findall(match.group(1)):
            path = _normal(name.strip())
            found[path] = root.joinpath(*[p for p in path.split(":") if p])
    for name, folder in _PROJECT_DIR.findall(text):
        found[_normal(name)] = (root / folder).resolve()
    return found


def _accessor(gradle_path: str) -> str:
    """`:core:ui-kit` -> `core.uikit`: type-safe project accessors, compared case-insensitively."""
    return ".".join(p.replace("-", "").replace("_", "").lower() for p in gradle_path.split(":") if p)


def direct_dependencies(module: Path, known: dict[str, Path]) -> list[Path]:
    text = "".join(_read(module / name) for name in _BUILD)
    by_accessor = {_accessor(path): folder for path, folder in known.items()}
    found: list[Path] = []
    for path in _PROJECT_DEP.findall(text):
        if path in known:
            found.append(known[path])
    for chain in _ACCESSOR.findall(text):
        folder = by_accessor.get(chain.strip(".").lower())
        if folder is not None:
            found.append(folder)
    return list(dict.fromkeys(found))


def dependency_res_dirs(res_dir: Path) -> list[Path]:
    """The `res/` folders of every module this module depends on, transitively, nearest first."""
    return [res for res in (res_dir_of(m) for m in dependency_modules(module_dir(res_dir))) if res is not None]


def dependency_modules(module: Path) -> list[Path]:
    """The folders of every module `module` depends on, transitively, nearest first."""
    module = module.resolve()
    root = settings_root(module)
    if root is None:
        return []
    known = modules(root)
    order: list[Path] = []
    seen = {module}
    queue = [module]
    while queue:
        current = queue.pop(0)
        for dep in direct_dependencies(current, known):
            dep = dep.resolve()
            if dep not in seen:
                seen.add(dep)
                order.append(dep)
                queue.append(dep)
    return order


#: A dependency with its configuration: `implementation project(':lib')`, `api(projects.core.ui)`.
_CONFIGURED_DEP = re.compile(r"\b(\w+)\s*\(?\s*(?:project\(\s*(?:path\s*[:=]\s*)?['\"](:[^'\"]+)['\"]"
                             r"|projects((?:\.\w+)+))")
#: Configurations whose dependencies no installed APK packages: tests', debug builds' (`debugImplementation`,
#: `huaweiDebugApi`), and code-only ones (annotation processors, lint checks).
#: `wearApp` embeds another application (the watch's APK), whose resources are its own.
_UNSHIPPED_CONFIG = re.compile(r"^(?:test|androidTest|debug|kapt|ksp|annotationProcessor|lint|compileOnly|wearApp)"
                               r"|Debug[A-Z]|Test[A-Z]")
#: The module is an APK (`id 'com.android.application'`, a catalog's `alias(libs.plugins.android.application)`, a
#: convention plugin `id("nia.android.application")`), or a dynamic feature (an APK split with its own resource
#: package; it depends on its app: the reverse of packaging).
_APPLICATION = re.compile(r"""com\.android\.application\b|\bplugins\.android\.application\b|\bandroidApplication\b"""
                          r"""|['"][\w.]*\bandroid[.-]application['"]""")
_DYNAMIC_FEATURE = re.compile(r"""com\.android\.dynamic-feature|\bplugins\.android\.dynamic\.feature\b"""
                              r"""|\bandroidDynamicFeature\b|['"][\w.]*\bdynamic[.-]feature['"]""")


def _shipped_dependencies(module: Path, known: dict[str, Path]) -> list[Path]:
    """The modules `module`'s installed builds package: `direct_dependencies` without tests' and debug builds'."""
    text = "".join(_read(module / name) for name in _BUILD)
    by_accessor = {_accessor(path): folder for path, folder in known.items()}
    found: list[Path] = []
    for config, path, chain in _CONFIGURED_DEP.findall(text):
        if config in ("project", "projects") or _UNSHIPPED_CONFIG.search(config):
            continue  # `project(':x').projectDir`, or a dependency no user installs
        folder = known.get(path) if path else by_accessor.get(chain.strip(".").lower())
        if folder is not None:
            found.append(folder.resolve())
    return list(dict.fromkeys(found))


def _plugin(module: Path, pattern: re.Pattern[str]) -> bool:
    return any(pattern.search(_read(module / name)) for name in _BUILD)


#: The library plugin, read only for a module that applies the application plugin too (组件化's toggle).
_LIBRARY = re.compile(r"""com\.android\.library\b|\bplugins\.android\.library\b|\bandroidLibrary\b"""
                      r"""|['"][\w.]*\bandroid[.-]library['"]""")


def _application(module: Path) -> bool:
    """Whether `module` is an APK: it applies the application plugin and not also the library one. A componentized
    (组件化) module applies either by a flag (`if (isModule.toBoolean()) { apply plugin: 'com.android.application' }
    else { … 'com.android.library' }`): run alone while developed, a library of the shell app that ships."""
    return _plugin(module, _APPLICATION) and not _plugin(module, _LIBRARY)


@functools.lru_cache(maxsize=8)
def _dependents(root: Path) -> tuple[dict[Path, tuple[Path, ...]], frozenset[Path]]:
    """Module folder -> the modules of the build that package it directly, and the tops the climb stops at:
    application modules and dynamic features (read once per settings root). A dynamic feature is an APK split of
    its own that packages its libraries; its dependency on its app is the reverse of packaging, and is dropped."""
    known = modules(root)
    apps: set[Path] = set()
    features: set[Path] = set()
    for folder in known.values():
        if _plugin(folder, _DYNAMIC_FEATURE):
            features.add(folder.resolve())
        elif _application(folder):
            apps.add(folder.resolve())
    found: dict[Path, list[Path]] = {}
    for folder in known.values():
        user = folder.resolve()
        for dep in _shipped_dependencies(folder, known):
            if user in features and dep in apps:
                continue  # the feature's edge to its base app: the app's APK does not hold the feature
            found.setdefault(dep, []).append(user)
    return {dep: tuple(users) for dep, users in found.items()}, frozenset(apps | features)


#: A build script that publishes its module (an AAR on Maven): `id 'maven-publish'`, a `publishing { }` block,
#: vanniktech's plugin, the old `uploadArchives`; `signing` with `publications` (a signed publication).
_PUBLISHES = re.compile(r"maven-publish|\bpublishing\s*\{|com\.vanniktech\.maven\.publish|\bmavenPublishing\s*\{"
                        r"|\buploadArchives\b")
_SIGNING = re.compile(r"\bsigning\b")
_PUBLICATIONS = re.compile(r"\bpublications\b")


@functools.lru_cache(maxsize=32)
def published(module: Path) -> bool:
    """Whether `module`'s build script publishes it: it also ships as it is, to apps outside the repository."""
    text = "".join(_read(module / name) for name in _BUILD)
    return bool(_PUBLISHES.search(text) or (_SIGNING.search(text) and _PUBLICATIONS.search(text)))


def consumers(module: Path) -> list[Path]:
    """The modules of the repository that package `module` (transitively) and that no other module packages, or
    that are an APK (an application, a dynamic feature's split): the apps its resources ship in (or a library
    published on its own). None for an app, or a module nothing in the repository depends on (a published SDK
    whose apps are elsewhere)."""
    module = module.resolve()
    root = settings_root(module)
    if root is None:
        return []
    users, apps = _dependents(root)
    if module in apps:
        return []  # an APK of its own: what depends on it (a test module, another app) does not package it
    tops: list[Path] = []
    seen = {module}
    queue = list(users.get(module, ()))
    while queue:
        current = queue.pop(0)
        if current in seen:
            continue
        seen.add(current)
        above = () if current in apps else users.get(current, ())  # an APK (or split): no higher
        if not above:
            tops.append(current)
        queue.extend(above)
    return sorted(tops)


def packaged(module: Path) -> list[Path]:
    """The modules whose resources `module` packages as one of their `consumers`: an app's libraries (through
    other libraries, not through another app). None for a module some other module packages (a library: the
    common case, answered from the cached graph) or one that packages nothing."""
    module = module.resolve()
    root = settings_root(module)
    if root is None:
        return []
    users, apps = _dependents(root)
    if module not in apps and module in users:
        return []  # not a top: what it packages ships in the apps above it, whose values it does not decide
    below: dict[Path, list[Path]] = {}
    for dep, their_users in users.items():
        for user in their_users:
            below.setdefault(user, []).append(dep)
    found: dict[Path, None] = {}
    queue = list(below.get(module, ()))
    while queue:
        current = queue.pop()
        if current in found or current == module or current in apps:
            continue  # an app's (or split's) resources are its own: consumers() stops there too
        found[current] = None
        queue.extend(below.get(current, ()))
    return sorted(found)


_FLAVORS = re.compile(r"\bproductFlavors\s*\{")
#: A flavor declared in the block: `create("free")`, `register("free")`, Groovy's `free { … }` (its body removed).
_FLAVOR = re.compile(r"\b(?:create|register|maybeCreate)\s*\(\s*['\"]([\w-]+)['\"]|(?:^|[\s;])([A-Za-z_]\w*)\s*\{\}")


@functools.lru_cache(maxsize=32)
def flavors(module: Path) -> tuple[str, ...]:
    """The product flavors `module`'s build script declares, in its `productFlavors { }` block; none when it has
    no such block. A name read wrongly (a loop's `forEach { }`) has no source set, so nothing is read from it."""
    text = "".join(_read(module / name) for name in _BUILD)
    match = _FLAVORS.search(text)
    if match is None:
        return ()
    return tuple(_flavor_bodies(text, match.end()))


def _flavor_bodies(text: str, index: int) -> dict[str, str]:
    """Each flavor of the `productFlavors` block starting at `index`, with its body's text."""
    top, bodies = split_block(text, index)
    names = [a or b for a, b in _FLAVOR.findall(undelegated(_BODY_MARK.sub("{}", top)))]
    return dict(zip(names, bodies, strict=False)) if len(names) == len(bodies) else dict.fromkeys(names, "")


_BODY_MARK = re.compile(r"\{#\d+\}")


def split_block(text: str, index: int) -> tuple[str, list[str]]:
    """The block starting at `index` (after its `{`): its own text with each nested body cut down to `{#n}`, and
    the bodies' texts in order (`n` indexes them)."""
    depth, top, bodies, body = 1, list[str](), list[str](), list[str]()
    while index < len(text) and depth:
        char = text[index]
        if char == "{":
            depth += 1
            if depth == 2:
                body = []
                index += 1
                continue
        elif char == "}":
            depth -= 1
            if depth == 1:
                top.append(f"{{#{len(bodies)}}}")
                bodies.append("".join(body))
        elif depth == 1:
            top.append(char)
        if depth >= 2:
            body.append(char)
        index += 1
    return "".join(top), bodies


#: Kotlin's delegated declarations, `val release by getting { }`, `val qa by creating { }`, `by registering`: the
#: name is the val's (`getting` is no type or flavor); read as `create("qa")` is.
_DELEGATED = re.compile(r"\bval\s+(\w+)\s+by\s+(?:getting|creating|registering)\b")


def undelegated(top: str) -> str:
    return _DELEGATED.sub(r'create("\1")', top) if " by " in top else top


_DIMENSION = re.compile(r"""\bdimension\s*(?:=|\(|\s)\s*["'](\w+)["']""")
#: A flavor's dimension set by what is not a quoted name (`dimension = brand`, a val; `Dims.BRAND`).
_ANY_DIMENSION = re.compile(r"\b(?:dimension|setDimension)\b")
#: A statement of the dimensions' list: Groovy's `flavorDimensions "brand", "tier"` (or a call, which sets the
#: list; `setFlavorDimensions([…])`), `flavorDimensions = ["brand"]`; Kotlin's `flavorDimensions += listOf("brand",
#: "tier")` (or `setOf`), `+= "brand"`, `.add("brand")`, `.addAll(…)` (which add to it); the same of AGP 3's
#: `flavorDimensionList`.
_DIMENSIONS = re.compile(r"""\b(?:flavorDimensions|flavorDimensionList)\s*"""
                         r"""(?:(\+=|\.\s*add(?:All)?\s*\()|=|\(|(?=["']))|\bsetFlavorDimensions\s*\(""")
_NAME = re.compile(r"""["'](\w+)["']""")
_LEFT_OVER = re.compile(r"""["']\w+["']|listOf|mutableListOf|arrayOf|setOf|mutableSetOf|[\s,()\[\];]""")
Groups = tuple[tuple[str, ...], ...]


def dimensions(module: Path) -> Groups:
    """The module's flavors grouped by dimension, in the priority order `flavorDimensions` lists (the first
    dimension's flavor wins over the second's in a build); none when that order cannot be read (what needs it:
    a variant's name, `huaweiFree`, is its flavors in that order)."""
    groups, ordered = flavor_dimensions(module)
    return groups if ordered else ()


@functools.lru_cache(maxsize=32)
def flavor_dimensions(module: Path) -> tuple[Groups, bool]:
    """The module's flavors grouped by dimension (`dimension = "brand"`), and whether the groups are in the
    priority order `flavorDimensions` lists; one group when flavors name no dimension, and a flavor naming none is
    in the only declared one. Every build has one flavor of each group. Several dimensions whose order cannot be
    read (a list built in code, one that does not name exactly the flavors' dimensions) keep their groups, in the
    order read, unordered: questions any order answers alike use them, and none is guessed. A flavor whose
    dimension cannot be read among several (`dimension = brand`, a val) reads no flavors: the groups are not
    known."""
    text = "".join(_read(module / name) for name in _BUILD)
    match = _FLAVORS.search(text)
    if match is None:
        return (), True
    declared = _declared_dimensions(text)
    only = declared[0] if declared and len(declared) == 1 else ""
    groups: dict[str, list[str]] = {}
    for name, body in _flavor_bodies(text, match.end()).items():
        found = _DIMENSION.search(body)
        dimension = found.group(1) if found else only
        if not dimension and _ANY_DIMENSION.search(body):
            return (), True  # `dimension = brand`: the flavor's dimension is not known, nor the groups
        groups.setdefault(dimension, []).append(name)
    several = len(groups) > 1 or bool(declared and len(declared) > 1)
    if several and ("" in groups or (declared and len(set(declared)) > len(groups))):
        return (), True  # a flavor with no dimension among several, or fewer groups than declared: not read
    if len(groups) < 2:
        return tuple(tuple(names) for names in groups.values()), True
    if declared is None or sorted(declared) != sorted(groups):
        return tuple(tuple(names) for names in groups.values()), False
    return tuple(tuple(groups[dimension]) for dimension in declared), True


def _declared_dimensions(text: str) -> list[str] | None:
    """The `flavorDimensions` list, from its statements in order (`=` and a call set it, `+=` and add add to it);
    None when there is none, or one holds more than names (a variable, a computed list)."""
    declared: list[str] | None = None
    for match in _DIMENSIONS.finditer(text):
        names = listed_names(text, match.end())
        if names is None:
            return None
        kept = (declared or []) if match.group(1) else []  # `+=` and add add; `=` and the call set
        declared = [*kept, *names]
    return declared


def listed_names(text: str, index: int) -> list[str] | None:
    """The quoted names of the list statement starting at `index` (`"brand", "tier"`, `listOf("qa", "release")`);
    None when it holds more than names (a variable, a computed list)."""
    written = statement(text, index)
    return None if _LEFT_OVER.sub("", written) else _NAME.findall(written)


def statement(text: str, index: int) -> str:
    """The rest of the statement starting at `index`: to the end of its line, or past the brackets it opens."""
    depth, end = 0, index
    while end < len(text):
        char = text[end]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
            if depth < 0:  # the close of `flavorDimensions(` or `.add(`
                return text[index:end]
        elif char == ";" and depth == 0:
            break
        elif char == "\n" and depth == 0 and not text[index:end].rstrip().endswith(","):
            break  # Groovy's `flavorDimensions "brand",` goes on on the next line
        end += 1
    return text[index:end]


def script_text(module: Path) -> str:
    """The module's build script(s), Groovy or Kotlin, as one text (comments kept: readers skip what they need)."""
    return "".join(_read(module / name) for name in _BUILD)


def applications(root: Path) -> frozenset[Path]:
    """The application modules and dynamic features of the build at `root`: the tops a library's climb stops at."""
    return _dependents(root)[1]

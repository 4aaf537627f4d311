"""One Android module as the layouts of a unit see it: resources, layouts, theme and code, loaded lazily.

A module's context is its own `res/` plus the `res/` of the in-repo modules it depends on (Gradle), its
application theme (manifest), and its Java/Kotlin lifecycle code. Each is built at most once per process
and only when a layout needs it: most units never ask for code, and included layouts are parsed once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lint.frontends import xmlsafe
from lint.frontends.android import gradle
from lint.frontends.android.builds import replaced_layouts, source_sets
from lint.frontends.android.code import CodeIndex, build_index
from lint.frontends.android.resources import Resolved, Resources, load
from lint.frontends.android.viewids import normal
from lint.reach import Reach
from lint.source import SourceError, current_limit, decode, read_source

_DRAWABLE_EXTS = (".xml", ".png", ".webp", ".9.png", ".jpg")
#: A unit of at most this many layouts, in a module of at least `_FOCUS_RATIO` times as many, has a code index
#: of its own views (`Module.focus_on`); include closures are followed up to `_FOCUS_CLOSURE` layouts.
_FOCUS_MAX = 8
_FOCUS_RATIO = 4
_FOCUS_CLOSURE = 200
_FOCUS_IDS = 2000
_ID_NAME = re.compile(rb"@(?:\+)?(?:android:)?id/([\w.]+)")  # a framework id too: code names it bare
_LAYOUT_NAME = re.compile(rb"@layout/([\w.]+)")


@dataclass(slots=True)
class Parsed:
    """A layout file read once: its root element and text, or the parse error."""

    path: Path
    shown: str
    root: Any
    text: str
    error: tuple[int, int, str] | None = None
    #: Whether the bytes spell `labelFor` at all: most layouts do not, and then no element is asked.
    label_for: bool = True
    #: What a build needs of the tree (needed.py), by whether it is grafted beside a toggle: it depends on the
    #: module and the tree only, and an included layout is grafted into many layouts of a unit.
    needed: dict[bool, Any] = field(default_factory=dict)
    _lines: list[str] | None = None

    @property
    def lines(self) -> list[str]:
        """The text's lines, split on first use: only evidence and finding positions read them, and a third
        of a module's layouts (and most included ones, built standalone) never get that far."""
        if self._lines is None:
            self._lines = self.text.splitlines()
        return self._lines


@dataclass(slots=True)
class Module:
    res_dir: Path
    res: Resources
    res_dirs: tuple[Path, ...]  # own first, then dependencies
    display: Callable[[Path], str]
    theme: str | None = None
    #: Activities' own themes (`<activity android:theme>`), by class name: a layout they inflate is themed by them.
    activity_themes: dict[str, str] = field(default_factory=dict)
    _code: CodeIndex | None = None
    #: One-tap login SDK agreement rows its code configures (onekey.py), scanned on first use.
    _onekey: list[Any] | None = None
    _first_layout: Path | None = None
    #: The layouts of the unit being built when they are a few of many (`focus_on`), and the index made for them.
    focus: frozenset[Path] | None = None
    _focused: tuple[frozenset[str], CodeIndex] | None = None
    _focused_for: frozenset[Path] | None = None
    _layouts: dict[str, Path] | None = None
    _parsed: dict[Path, Parsed] = field(default_factory=dict)
    #: Layouts' bytes as the include scan read them, each taken by its first parse (see `include.scan`).
    scanned: dict[Path, bytes] = field(default_factory=dict)
    _selectors: dict[str, bool] = field(default_factory=dict)
    #: Cache of standalone builds of included layouts (see include.py), owned by the layout builder.
    standalone: dict[Path, Any] = field(default_factory=dict)
    #: Documents built for `standalone` that the layout's own unit can take instead of building again.
    prebuilt: dict[Path, Any] = field(default_factory=dict)
    #: Standalone tables (standalone.Table) whose nodes went to this unit's documents, and to the previous unit's.
    handed: list[Any] = field(default_factory=list)
    _handed_before: list[Any] = field(default_factory=list)
    #: Which layouts may share builds (include.Includes), scanned on first use.
    includes: Any = None
    #: What the active rules can select (lint/reach.py): layouts build only the elements that matter.
    reach: Reach | None = None
    #: Whether an `android:text` value, resolved in this module, passes one of `reach`'s text tests.
    text_matters: dict[str, bool] = field(default_factory=dict)
    #: Whether a toggle's checked state as written ((android:checked, app:checkedState, style), resolved in this
    #: module) passes one of `reach`'s checked tests.
    checked_matters: dict[tuple[str | None, ...], bool] = field(default_factory=dict)
    #: What `reach` makes of an element by its tag (needed.py), decided once per tag.
    tag_actions: dict[Any, int] = field(default_factory=dict)
    #: containers.holds and containers.copies answers, keyed ("holds", …) and ("copies", …).
    holds_cache: dict[tuple[Any, ...], bool | int] = field(default_factory=dict)
    #: Where the module names its layouts other than in its layouts' own files (include.only_shown_by_includes).
    layout_uses: Any = None
    #: include.only_shown_by_includes answers by layout name.
    shown_by_includes: dict[str, bool] = field(default_factory=dict)
    #: in_flavors answers by reference.
    flavor_refs: dict[str, Any] = field(default_factory=dict)
    #: Whether a layout of this source set ships in no installed build (builds.replaced_layouts), once asked.
    _replaced: tuple[Callable[[Path], bool] | None] | None = None

    def replaced(self) -> Callable[[Path], bool] | None:
        """Whether every installed build replaces a layout of this source set by another set's file of the same
        name (each brand's own `dialog_privacy.xml`): it is never shown, so it is not linted, nor included. None
        for a module whose other sets have no layouts (most): callers then test nothing per file."""
        if self._replaced is None:
            self._replaced = (replaced_layouts(gradle.res_root(self.res_dir)),)
        return self._replaced[0]

    def code(self) -> CodeIndex:
        if self._code is not None:
            return self._code
        if self.focus is not None:
            if self._focused is not None and self._focused_for == self.focus:
                return self._focused[1]  # asked per view: the ids are gathered once per unit
            ids = self._focus_ids(self.focus)
            if len(ids) <= _FOCUS_IDS:  # more would make one huge pattern: read all the code instead
                if self._focused is None or not ids <= self._focused[0]:
                    self._focused = (ids, build_index(gradle.module_dir(self.res_dir), self.display, ids))
                self._focused_for = self.focus
                return self._focused[1]
        self._code = build_index(gradle.module_dir(self.res_dir), self.display)
        return self._code

    def in_flavors(self, raw: str) -> tuple[tuple[str, Resolved], ...] | None:
        """What a reference the main source set cannot resolve (`@string/agree` defined only in `src/free/res` and
        `src/paid/res`) is in each product flavor's build: (flavor, value) for every flavor the build script
        declares, or None when this is not a main source set, there are no flavors, or one of them does not define
        it (a build type's or another set's may then: not known). A build type or variant set (`src/debug/res`,
        `src/freeDebug/res`) that defines it too is one more build's value."""
        known = self.flavor_refs.get(raw, False)
        if known is not False:
            return known if known is None else tuple(known)
        found = self.flavor_refs[raw] = self._in_flavors(raw)
        return found

    def _in_flavors(self, raw: str) -> tuple[tuple[str, Resolved], ...] | None:
        root = gradle.res_root(self.res_dir)
        if root.parent.name != "main" or root.parent.parent.name != "src":
            return None
        sets = root.parent.parent
        names = gradle.flavors(sets.parent)
        if not names:
            return None
        below = (self.res, *self.res.fallbacks)  # a flavor's string may refer to main's and the dependencies'
        found: list[tuple[str, Resolved]] = []
        others = sorted(p.name for p in sets.iterdir() if p.name not in names and p.name != "main"
                        and not p.name.startswith(("test", "androidTest")) and (p / "res").is_dir())
        for name in (*names, *others):
            res = sets / name / "res"
            resolved = _tables(res, self.display).with_fallbacks(below).resolve(raw) if res.is_dir() else None
            if resolved is not None:
                found.append((name, resolved))
            elif name in names:
                return None
        return tuple(found)

    def onekey(self) -> list[Any]:
        """The module's `setPrivacyState(true)` calls (onekey.scan): read once, only files holding the name."""
        if self._onekey is None:
            from lint.frontends.android import onekey
            from lint.frontends.android.code import source_files

            sources = []
            for path in source_files(gradle.module_dir(self.res_dir)):
                try:
                    data = path.read_bytes()
                except OSError:
                    continue
                if onekey.relevant(data):
                    sources.append((path, data))
            self._onekey = onekey.scan(sources)
        return self._onekey

    def reports_code(self, files: tuple[Path, ...]) -> bool:
        """Whether this unit reports what the module's code itself holds (onekey.py): the unit with the module's
        first layout does, so a finding there is made once, whatever the chunks, workers or shards."""
        if self._first_layout is None:
            own = [path for path in self.layouts().values() if path.parent.parent == self.res_dir]
            # A flavor's res (`src/huawei/res`) is a context of its own: only the main source set's reports, when
            # it has layouts, or the module's code would be reported once per source set.
            main = gradle.module_dir(self.res_dir) / "src" / "main" / "res"
            other_set = self.res_dir != main and any(main.glob("layout*/*.xml"))
            self._first_layout = min(own) if own and not other_set else Path()
        return self._first_layout in files

    def focus_on(self, files: tuple[Path, ...]) -> None:
        """The unit about to be built. A few layouts of a large module (a pre-commit run on one file) need only the
        code that names their views: the code index walks that (`build_index`'s `focus`), not every source file."""
        few = len(files) <= _FOCUS_MAX and len(self.layouts()) >= _FOCUS_RATIO * len(files)
        self.focus = frozenset(files) if few else None

    def _focus_ids(self, files: frozenset[Path]) -> frozenset[str]:
        """Every view id the layouts declare or name, and those of the layouts they include (transitively): the
        views whose facts their builds may ask lifecycle code about."""
        ids: set[str] = set()
        seen: set[Path] = set()
        queue = list(files)
        while queue and len(seen) < _FOCUS_CLOSURE:
            path = queue.pop()
            if path in seen:
                continue
            seen.add(path)
            try:
                data = self.scanned.get(path) or path.read_bytes()
            except OSError:
                continue
            ids.update(normal(name.decode("ascii", "replace")) for name in _ID_NAME.findall(data))
            for name in _LAYOUT_NAME.findall(data):
                included = self.layout(name.decode("ascii", "replace"))
                if included is not None:
                    queue.append(included)
        return frozenset(ids)

    def layout(self, name: str) -> Path | None:
        """`@layout/name` as the resource merger picks it: own module first, default `layout/` folder first."""
        return self.layouts().get(name)

    def layouts(self) -> dict[str, Path]:
        """Every `@layout/` name the module can include, with the file the resource merger picks."""
        if self._layouts is None:
            found: dict[str, Path] = {}
            for res_dir in self.res_dirs:
                try:
                    folders = sorted((p for p in res_dir.iterdir() if p.is_dir() and p.name.startswith("layout")),
                                     key=lambda p: (p.name != "layout", p.name))
                except OSError:
                    continue
                replaced = self.replaced() if res_dir == self.res_dir else None
                for folder in folders:
                    for path in sorted(folder.glob("*.xml")):
                        if path.stem not in found and not (replaced is not None and replaced(path)):
                            found[path.stem] = path  # a layout every build replaces: included from outside
            self._layouts = found
        return self._layouts

    def release_trees(self) -> None:
        """Drops the parsed layouts once a unit is built: nothing downstream keeps a tree, and holding every
        layout of a large module costs ~150 MB; a layout included again later is simply parsed again.

        The runner calls this once a unit's documents are built, so the previous unit is linted and its trees
        released by now: the tables that shared them keep only what their settled nodes say (`Table.prune`).
        """
        self._parsed.clear()
        for table in self._handed_before:
            table.prune()
        self._handed_before, self.handed = self.handed, []

    def close(self) -> None:
        """Breaks the context's cycles (tables rebuild through closures over the module) when it is evicted
        from the per-process cache, so reference counting frees it instead of a full collection."""
        from lint.model import release_document

        for table in self.standalone.values():
            close = getattr(table, "close", None)
            if close is not None:
                close()
        for doc in self.prebuilt.values():
            release_document(doc)
        self.standalone.clear()
        self.prebuilt.clear()
        self.layout_uses = None
        self.handed.clear()
        self._handed_before.clear()
        self._parsed.clear()
        self.scanned.clear()

    def parsed(self, path: Path) -> Parsed:
        cached = self._parsed.get(path)
        if cached is None:
            cached = self._parsed[path] = _parse(path, self.display(path), self.scanned.pop(path, None))
        return cached

    def themes_for(self, layout: str) -> tuple[str | None, ...]:
        """The themes a layout may be shown in: the own theme of every activity whose code inflates it (a splash
        theme stands for its `postSplashScreenTheme`), and the application theme unless those activities are all
        that inflate it (an activity's own theme replaces the application's). Sizes from theme attributes are
        known only where these agree (styles.TextSizes)."""
        if not self.activity_themes:
            return (self.theme,)
        inflaters = [name for name, layouts in self.code().layouts_by_class.items() if layout in layouts]
        themed = sorted(name for name in inflaters if name in self.activity_themes)
        found: list[str | None] = [] if inflaters and len(themed) == len(inflaters) else [self.theme]
        for name in themed:
            shown = self._after_splash(self.activity_themes[name])
            if shown not in found:
                found.append(shown)
        return tuple(found)

    def _after_splash(self, theme: str) -> str | None:
        for style in self.res.style_chain(theme):
            entry = style.items.get("postSplashScreenTheme")
            if entry is not None:
                return entry.value[len("@style/"):] if entry.value.startswith("@style/") else None
        return theme if not theme.startswith(("@", "?")) else None

    def is_selector(self, drawable: str) -> bool:
        """Whether `@drawable/name` is a state list (its look depends on checked/selected state)."""
        if drawable not in self._selectors:
            self._selectors[drawable] = any(_root_tag(res / folder.name / f"{drawable}.xml") == "selector"
                                            for res in self.res_dirs for folder in _drawable_dirs(res))
        return self._selectors[drawable]


def _drawable_dirs(res_dir: Path) -> list[Path]:
    try:
        return [p for p in res_dir.iterdir() if p.is_dir() and p.name.startswith(("drawable", "mipmap"))]
    except OSError:
        return []


def _root_tag(path: Path) -> str | None:
    if not path.is_file():
        return None
    try:
        root, _ = xmlsafe.parse(read_source(path).data)
    except SourceError:
        return None
    return root.tag if root is not None and isinstance(root.tag, str) else None


def _parse(path: Path, shown: str, raw: bytes | None = None) -> Parsed:
    """`raw`: the file's bytes as the include scan read them (a layout is then read once, not twice)."""
    try:
        source = decode(raw, path) if raw is not None and len(raw) <= current_limit() else read_source(path)
    except SourceError as exc:
        return Parsed(path, shown, None, "", (exc.line, exc.column, exc.message))
    if not source.text or source.text.isspace():
        return Parsed(path, shown, None, "")
    root, error = xmlsafe.parse(source.data)
    return Parsed(path, shown, root, source.text, error, b"labelFor" in source.data)


#: Modules and tables by (folder, how the run displays it): the same folder under another working
#: directory shows other paths. Bounded, like an LRU, so a monorepo run does not keep every module.
_MODULES: dict[tuple[Any, ...], Module] = {}
_TABLES: dict[tuple[Path, str], Resources] = {}
_MAX_CACHED = 32
#: Units arrive module by module (discovery sorts them), so a few modules suffice; each one kept holds its
#: included layouts' summaries and resolved references (~5 MB), and 32 of them cost ~150 MB per worker.
_MAX_MODULES = 4


def _remember(cache: dict[Any, Any], key: tuple[Any, ...], value: Any) -> Any:
    if len(cache) >= (_MAX_MODULES if cache is _MODULES else _MAX_CACHED):
        evicted = cache.pop(next(iter(cache)))
        if isinstance(evicted, Module):
            evicted.close()
    cache[key] = value
    return value


#: The main tables of the apps libraries are packaged in, kept for the run outside the LRU limit: every library
#: of a white-label repository asks each app, and ten apps of fifty tables each thrashed a 32-entry LRU (their
#: per-app summary, builds.py's, lives in these tables' memo). One per app of the repository.
_APP_TABLES: dict[tuple[Path, str], Resources] = {}


def _tables(res_dir: Path, display: Callable[[Path], str]) -> Resources:
    key = (res_dir, display(res_dir))
    pinned = _APP_TABLES.get(key)
    if pinned is not None:
        return pinned
    cached = _TABLES.pop(key, None)
    if cached is None:
        loaded: Resources = _remember(_TABLES, key, load(res_dir, display))
        return loaded
    _TABLES[key] = cached  # last again
    return cached


def _app_tables(res_dir: Path, display: Callable[[Path], str]) -> Resources:
    """An app's main tables, asked by each library it packages: loaded once and kept (`_APP_TABLES`)."""
    key = (res_dir, display(res_dir))
    pinned = _APP_TABLES.get(key)
    if pinned is None:
        pinned = _APP_TABLES[key] = _TABLES.pop(key) if key in _TABLES else load(res_dir, display)
    return pinned


_ANDROID_NS = "{http://schemas.android.com/apk/res/android}"


def _themes(res_dir: Path) -> tuple[str | None, dict[str, str]]:
    """The application theme and the activities' own themes (by class name) of the module's manifest."""
    manifest = gradle.res_root(res_dir).parent / "AndroidManifest.xml"
    if not manifest.is_file():
        return None, {}
    try:
        root, _ = xmlsafe.parse(read_source(manifest).data)
    except SourceError:
        return None, {}
    if root is None:
        return None, {}
    app: str | None = None
    for element in root.iter("application"):
        theme = element.get(_ANDROID_NS + "theme")
        if theme and theme.startswith("@style/"):
            app = theme[len("@style/"):]
            break
    activities: dict[str, str] = {}
    for element in root.iter("activity", "activity-alias"):
        name, theme = element.get(_ANDROID_NS + "name") or "", element.get(_ANDROID_NS + "theme") or ""
        if name and theme:
            activities[name.rsplit(".", 1)[-1]] = theme[len("@style/"):] if theme.startswith("@style/") else theme
    return app, activities


def module_for(res_dir: Path, display: Callable[[Path], str], reach: Reach | None = None) -> Module:
    """The module of a `res/` folder, shared by every chunk of its layouts in this process.

    One per reach too: the standalone builds it keeps for includers are built for the rules that asked.
    """
    key = (res_dir, display(res_dir), reach)
    cached = _MODULES.get(key)
    if cached is not None:
        return cached
    deps = tuple(gradle.dependency_res_dirs(res_dir))
    root = gradle.res_root(res_dir)
    if root != res_dir:  # a resource root inside `res/` (discover.py): the source set's `res/` merges with it
        deps = (root, *deps)
    below, builds = source_sets(root, lambda folder: _tables(folder, display),
                                lambda folder: _app_tables(folder, display))
    deps = (*below, *deps)
    res = _tables(res_dir, display).with_fallbacks(tuple(_tables(dep, display) for dep in deps))
    res.builds = builds(res)
    theme, activity_themes = _themes(res_dir)
    module = Module(res_dir, res, (res_dir, *deps), display, theme, reach=reach, activity_themes=activity_themes)
    _remember(_MODULES, key, module)
    return module


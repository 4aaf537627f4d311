"""Which source sets' values a module's resource root is built with, and which values other installed builds
define again (product flavors, build types, their variants: `src/huawei`, `src/release`, `src/huaweiRelease`).

Android merges a build's resources as variant > build type > flavor > main. A layout of the main source set is
linted once for every build, so a value another installed build redefines is each build's (`Resources.builds`); a
flavor's or a variant's layout belongs to its builds: each installed build that has its set resolves its values
through all of that build's sets (another dimension's flavor, the build type), and they must agree.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from lint.frontends.android import buildtypes, gradle, unshipped
from lint.frontends.android.resources import Resources

Builds = dict[str, tuple[Resources | None, ...]]
Tables = Callable[[Path], Resources]


def source_sets(root: Path, tables: Tables, app_tables: Tables | None = None
                ) -> tuple[tuple[Path, ...], Callable[[Resources], Builds]]:
    """For a resource root: the other roots it is built on, before its dependencies (a flavor's own layout, or a
    second root `src/main/res-privacy`, with main's `res/`; a variant's with its build type's and flavor's first),
    and what makes its tables' `builds` once they are made. `app_tables` loads the main tables of an app that
    packages the module, kept for the run (each library of the app asks them): `tables` when not given."""
    sets = root.parent.parent if root.parent.parent.name == "src" else None
    if sets is None:
        return (), lambda res: {}
    main, name = sets / "main" / "res", root.parent.name
    if name == "main":
        return ((main,) if main != root and main.is_dir() else ()), \
            lambda res: _consumer_builds(sets.parent, res, _other_builds(sets, res, tables), tables,
                                         app_tables or tables)
    if not main.is_dir():
        return (), lambda res: {}
    parts = _variant_parts(name, gradle.dimensions(sets.parent))
    below = tuple(d for d in (sets / part / "res" for part in parts) if d.is_dir())
    return (*below, main), lambda res: _variant_builds(_installed_chains(sets, name), root, res, tables)


@dataclass(frozen=True, slots=True)
class _OtherSets:
    """A module's installed source sets but main's (a flavor's, a release or other installed build type's; not
    debug's, a debuggable type's or tests'): each one's tables, which of them define each name, and the names main's
    value still ships for (some installed build has no set defining it)."""

    tables: dict[str, Resources]
    defined: dict[str, tuple[str, ...]]
    ships: frozenset[str]


def _read_other_sets(sets: Path, tables: Tables) -> _OtherSets:
    try:
        names = sorted(p.name for p in sets.iterdir() if p.name != "main" and (p / "res").is_dir())
    except OSError:
        names = []
    module = sets.parent
    tables_of = {name: tables(sets / name / "res") for name in names
                 if not unshipped(name) and not buildtypes.debuggable_set(module, name)}
    defined: dict[str, tuple[str, ...]] = {}
    for name, own in tables_of.items():
        for key in own.values:
            defined[key] = (*defined.get(key, ()), name)
    ships: frozenset[str] = frozenset()
    if defined:
        groups, ordered = gradle.flavor_dimensions(module)
        installed = buildtypes.installed_types(module)
        builds = _builds_sets(groups, ordered, installed)  # once: each name asks
        ships = frozenset(key for key in defined if _main_ships(key, tables_of, bool(groups), installed, builds))
    return _OtherSets(tables_of, defined, ships)


def _other_builds(sets: Path, main: Resources, tables: Tables) -> Builds:
    """The main source set's values that the module's other installed source sets define again, with each such
    set's tables (main's under them). A value some installed build leaves alone ships as main's there: None among
    them (`src/xiaomi` keeps main's `true` that `src/huawei` sets `false`; release keeps what `src/staging` sets)."""
    other = _read_other_sets(sets, tables)
    # main's own, or its first root's for a second root (`res-privacy`)
    return _builds_over(other, main, [key for key in other.defined if main.entries(key)])


def _builds_over(other: _OtherSets, main: Resources, keys: Iterable[str]) -> Builds:
    """`keys`' builds: each set defining one over `main`, and None where main's value ships too."""
    over = {name: own.with_fallbacks((main,)) for name, own in other.tables.items()}
    shared: dict[tuple[tuple[str, ...], bool], tuple[Resources | None, ...]] = {}  # one per combination of sets
    found: Builds = {}
    for key in keys:
        combination = (other.defined[key], key in other.ships)
        builds = shared.get(combination)
        if builds is None:
            builds = shared[combination] = (*(over[name] for name in combination[0]),
                                            *((None,) if combination[1] else ()))
        found[key] = builds
    return found


def _builds_sets(groups: gradle.Groups, ordered: bool, installed: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Each installed build's (one flavor of each dimension, an installed build type) sets but main's. With the
    dimensions' order unknown, its variant sets may be named in any order (`huaweiFree`, `freeHuawei`): each
    name is one of its sets (a set it may not have makes main's value ship in fewer builds: no report more)."""
    return [tuple({name: None for order in _orders(combo, ordered) for name in _variant_sets(order, build_type)})
            for combo in itertools.product(*groups) for build_type in installed]


def _main_ships(key: str, tables_of: dict[str, Resources], flavored: bool, installed: tuple[str, ...],
                builds: list[tuple[str, ...]]) -> bool:
    """Whether some installed build (`builds`: each one's sets) has no set defining `key`: main's value ships
    there. With no flavors read, a set that is no build type (flavors a script makes in a loop) may be in every
    build: main's value is not taken to ship."""
    def defines(name: str) -> bool:
        return name in tables_of and key in tables_of[name].values

    if not flavored and any(defines(name) for name in tables_of if name not in installed):
        return False
    return any(not any(map(defines, names)) for names in builds)


def _consumer_builds(module: Path, res: Resources, own: Builds, tables: Tables, app_tables: Tables) -> Builds:
    """A library's values as the apps of the repository that package it ship them: an app's value for a name the
    library defines too wins in that app's APK, for the library's layouts as well. A value some app redefines is
    that app's build; the library's own (`own`: its builds', else its value, None) ship only where an app keeps it.
    A library no module of the repository packages keeps its own values; one its build script publishes (an SDK
    with a demo app) ships them as well: its own value stays one of its builds."""
    apps = gradle.consumers(module)
    if not apps:
        return own
    published = gradle.published(module)
    mine = {key for tables_ in (res, *res.fallbacks) for key, entries in tables_.values.items() if entries}
    views = [_app_view(app, res, mine, tables, app_tables) for app in apps]
    found: Builds = dict(own)
    # names the library's layouts can name (an app's own names are not theirs), that an app defines
    touched = [key for key in mine if any(view is not None and (key in view.values or key in view.builds)
                                          for view in views)]
    for key in touched:
        if any(view is not None and _qualified_only(view, key) for view in views):
            continue  # an app's `values-zh` alone: the library's default still ships there, and is not the app's
        theirs = tuple(view for view in views if view is not None and (key in view.values or key in view.builds))
        kept = published or any(view is None or not _redefines(view, key) for view in views)
        found[key] = (*theirs, *(own.get(key, (None,)) if kept else ()))
    return found


def _app_view(app: Path, res: Resources, mine: set[str], tables: Tables, app_tables: Tables) -> Resources | None:
    """An app's tables over the library's (and what the library sees below them), with the app's own builds
    (flavors, build types) above both; None for an app with no values of its own. The app's other sets are read
    once per run (kept in its main tables' memo), whichever library asks."""
    app_main = app / "src" / "main" / "res"
    if not app_main.is_dir():
        return None
    mains = app_tables(app_main)
    memo: tuple[_OtherSets, list[str]] | None = mains.memo.get(_OtherSets)
    if memo is None:
        other = _read_other_sets(app_main.parent.parent, tables)
        memo = mains.memo[_OtherSets] = (other, [key for key in other.defined if key in mains.values])
    other, apps_own = memo
    view = mains.with_fallbacks((res, *res.fallbacks))
    # the names the view has: the app's main values, and the library's and its dependencies' (`mine`)
    keys = [*apps_own, *(key for key in mine if key in other.defined and key not in mains.values)]
    view.builds = _builds_over(other, view, keys)
    return view


def _redefines(view: Resources, key: str) -> bool:
    """Whether every installed build of the app defines `key` above the library: its main source set does, or
    each of its builds does (none keeps main's, which is the library's)."""
    return key in view.values or (key in view.builds and None not in view.builds[key])


def _qualified_only(view: Resources, key: str) -> bool:
    entries = view.values.get(key)
    return entries is not None and all(entry.qualifier for entry in entries)


def _variant_parts(name: str, groups: tuple[tuple[str, ...], ...]) -> list[str]:
    """A variant source set's other sets in Android's merge order: its build type, its flavors together, each
    flavor (`huaweiFreeRelease` -> release, huaweiFree, huawei, free; `huaweiRelease` -> release, huawei)."""
    picked: list[str] = []
    rest = name
    for group in groups:  # a variant's name is one flavor of each dimension, in order, then the build type
        flavor = next((f for f in group if rest.lower().startswith(f.lower())), None)
        if flavor is None:
            return []
        picked.append(flavor)
        rest = rest[len(flavor):]
    if not picked or (rest == "" and len(picked) < 2):
        return []
    combined = picked[0] + "".join(f[:1].upper() + f[1:] for f in picked[1:])
    build_type = [rest[:1].lower() + rest[1:]] if rest else []
    return [*build_type, *([combined] if len(picked) > 1 and combined != name else []), *picked]


def replaced_layouts(root: Path) -> Callable[[Path], bool] | None:
    """Whether a layout of the source set `root` is in (`src/main/res`) ships in no installed build: in each one,
    a set above it holds the same file (`layout/dialog_privacy.xml` in every brand's `src/<brand>/res`), and the
    resource merger keeps that one. None when no other set has layouts (most modules): nothing is replaced."""
    sets = root.parent.parent
    if sets.name != "src":
        return None
    name = root.parent.name
    chains = [chain[:chain.index(own)] if (own := sets / name / "res") in chain else chain
              for chain in _installed_chains(sets, name)]
    listed = {folder: _layout_files(folder) for chain in chains for folder in chain}
    if not chains or not all(any(listed[folder] for folder in chain) for chain in chains):
        return None

    def replaced(path: Path) -> bool:
        own = (path.parent.name, path.name)
        return all(any(own in listed[folder] for folder in chain) for chain in chains)

    return replaced


def _layout_files(res: Path) -> frozenset[tuple[str, str]]:
    """(folder, file) of every layout of a `res/` folder: `("layout-land", "dialog_privacy.xml")`."""
    try:
        folders = [p for p in res.iterdir() if p.is_dir() and p.name.startswith("layout")]
    except OSError:
        return frozenset()
    return frozenset((folder.name, path.name) for folder in folders for path in folder.glob("*.xml"))


def _installed_chains(sets: Path, name: str) -> list[tuple[Path, ...]]:
    """The source sets (their existing `res/` folders, highest first, main's left out) of every installed build
    whose sets include `name` (every build: main), each distinct chain once: `src/huawei` ships in
    huaweiFreeRelease and huaweiPaidRelease, merged as (huaweiFreeRelease, release, huaweiFree, huawei, free).
    With the dimensions' order unknown, a build has one chain per order: where they disagree (huawei and free both
    define a name) the build's value is not known (`_variant_builds`), and a layout is replaced only in all."""
    groups, ordered = gradle.flavor_dimensions(sets.parent)
    # Other build types' chains differ only by their own sets: a module with main's alone (most) reads no types.
    installed = buildtypes.installed_types(sets.parent) if _other_sets(sets) else ("release",)
    found: dict[tuple[Path, ...], None] = {}
    for combo in itertools.product(*groups):  # one flavor of each dimension; () when there are none
        for build_type in installed:
            orders = [_variant_sets(order, build_type) for order in _orders(combo, ordered)]
            if name == "main" or any(name in names for names in orders):
                for names in orders:
                    found.setdefault(tuple(d for d in (sets / n / "res" for n in names) if d.is_dir()), None)
    return list(found)


def _orders(combo: tuple[str, ...], ordered: bool) -> list[tuple[str, ...]]:
    """A build's flavors in priority order: as read, or every order when it is not known."""
    return [combo] if ordered or len(combo) < 2 else list(itertools.permutations(combo))


def _other_sets(sets: Path) -> bool:
    """Whether `src/` holds a source set besides main's, debug's and tests' (a flavor's, a build type's)."""
    try:
        return any(entry.name != "main" and not unshipped(entry.name) for entry in os.scandir(sets))
    except OSError:
        return False


def _variant_sets(combo: tuple[str, ...], build_type: str) -> list[str]:
    """A build's source sets but main's, in Android's merge order: the variant, its build type, its flavors
    together (two dimensions or more), each flavor in dimension order."""
    if not combo:
        return [build_type]
    together = [_camel(combo)] if len(combo) > 1 else []
    return [_camel((*combo, build_type)), build_type, *together, *combo]


def _camel(names: tuple[str, ...]) -> str:
    return names[0] + "".join(n[:1].upper() + n[1:] for n in names[1:])


def _variant_builds(chains: list[tuple[Path, ...]], own: Path, res: Resources, tables: Tables) -> Builds:
    """A value of a flavor's (or build type's, or variant's) own layout as each installed build that ships it
    resolves it: a name another of their sets defines (a later dimension's flavor, the build type, the variant)
    is theirs, known when every such build agrees (none keeps the layout's own view only: a report holds for
    every build)."""
    views: list[Resources] = []
    candidates: set[str] = set()
    for chain in chains:
        views.append(tables(chain[0]).with_fallbacks((*(tables(d) for d in chain[1:]), *res.fallbacks)))
        candidates.update(key for folder in chain if folder != own for key in tables(folder).values)
    found: Builds = {}
    for key in candidates:
        mine = res.entries(key)
        if any(view.entries(key) != mine for view in views):
            found[key] = tuple(views)
    return found

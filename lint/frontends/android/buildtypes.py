"""Build types: which a module declares, which are debuggable (not shipped to users), which are installed.

Read from `buildTypes { }` in Groovy and the Kotlin DSL (`qa { }`, `create("qa")`, `val qa by creating`),
following `initWith`, `debuggable`/`isDebuggable` and a debug signing config; a library's type other than release
ships only if an app of the repository that packages it builds that type (or falls back to it). What cannot be
read keeps every type: more builds only make values less known, never a guess.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from lint.frontends.android import gradle

_BUILD_TYPES = re.compile(r"\bbuildTypes\s*\{")
#: A build type of the block (its body cut down to `{#n}`): Kotlin's `create("qa")`, `getByName("release") {#0}`,
#: `register("staging")`, Groovy's `qa {#1}`.
_BUILD_TYPE = re.compile(r"""\b(?:create|register|maybeCreate|getByName|named)\s*\(\s*['"]([\w-]+)['"]\s*\)"""
                         r"""\s*(?:\{#(\d+)\})?|(?<![\w.])([A-Za-z_]\w*)\s*\{#(\d+)\}""")
#: Calls of the block that are not build types (`all { }` configures each one).
_NOT_TYPES = frozenset({"all", "configureEach", "each", "forEach", "whenObjectAdded", "matching", "withType",
                        "getting", "creating", "registering"})
#: `debuggable true`, `isDebuggable = true`, `setDebuggable(false)`: the last one written wins.
_DEBUGGABLE = re.compile(r"\b(?:isDebuggable|debuggable|setDebuggable)\s*(?:=|\()?\s*(true|false)\b")
#: `initWith debug`, `initWith(getByName("debug"))`, `initWith buildTypes.debug`, `initWith(buildTypes["debug"])`.
_INIT_WITH = re.compile(r"""\binitWith\s*\(?\s*(?:(?:android\s*\.\s*)?buildTypes\s*\.?\s*)?"""
                        r"""(?:getByName\s*\(\s*['"]([\w-]+)['"]\s*\)|\[\s*['"]([\w-]+)['"]\s*\]|([A-Za-z_]\w*))""")


def _block_entries(text: str, index: int, pattern: re.Pattern[str]) -> list[tuple[str, str]]:
    """(name, body) of each entry of the block starting at `index` (a body-less `create("qa")`: ""): its own
    text with each nested body cut down to `{#n}`, read by `pattern` (name, body number; twice, for two forms)."""
    top, bodies = gradle.split_block(text, index)
    found: list[tuple[str, str]] = []
    for called, called_body, named, named_body in pattern.findall(gradle.undelegated(top)):
        number = called_body or named_body
        found.append((called or named, bodies[int(number)] if number else ""))
    return found


@functools.lru_cache(maxsize=32)
def build_types(module: Path) -> dict[str, bool]:
    """Every build type of `module` (debug and release, and those its `buildTypes { }` blocks declare), with
    whether it is debuggable: no user installs such a build (a `qa { initWith debug }` for testers). Debug always
    is; another type is when it says `debuggable true`, or starts from a debuggable type (`initWith debug`) without
    `debuggable false` (Flutter's `profile`); a type other than release its body signs with the debug key is
    not installed either (`benchmark`); every other one is installed, like release."""
    text = gradle.script_text(module)
    declared: dict[str, str] = {}
    for match in _BUILD_TYPES.finditer(text):
        for name, body in _block_entries(text, match.end(), _BUILD_TYPE):
            if name not in _NOT_TYPES:
                declared[name] = declared.get(name, "") + "\n" + body
    return {name: _debuggable(name, declared, ()) for name in ("debug", "release", *declared)}


#: `signingConfig signingConfigs.debug`, `signingConfig = signingConfigs.getByName("debug")`: signed with the debug
#: key, which Play rejects (Macrobenchmark's `benchmark` type, run on lab devices).
_DEBUG_SIGNED = re.compile(r"""\bsigningConfig\s*(?:=\s*|\(\s*)?signingConfigs\s*(?:\.\s*debug\b"""
                           r"""|\.\s*getByName\s*\(\s*["']debug["']\s*\)|\[\s*["']debug["']\s*\])""")


def _debuggable(name: str, declared: dict[str, str], seen: tuple[str, ...]) -> bool:
    if name == "debug":
        return True
    body = declared.get(name, "")
    if name != "release" and not seen and _DEBUG_SIGNED.search(body):
        return True  # debug-signed: installed by no user, whatever `debuggable` says
    flags = _DEBUGGABLE.findall(body)
    if flags:
        return bool(flags[-1] == "true")
    start = _INIT_WITH.search(body)
    parent = next((part for part in start.groups() if part), "") if start else ""
    if parent and parent not in seen and (parent in declared or parent == "debug"):
        return _debuggable(parent, declared, (*seen, name))
    return False


def installed_types(module: Path) -> tuple[str, ...]:
    """The build types of `module` users install: release, and each declared type that is not debuggable (for a
    library the repository's apps package, one some app builds: `_consumed`)."""
    types = build_types(module)
    found = tuple(name for name, debuggable in types.items() if not debuggable)
    if len(found) > 1:  # a type besides release (rare): does an APK package it?
        found = tuple(name for name in found if _consumed(module, name))
    return found or ("release",)  # every type debuggable: not read as written; release, as before


def debuggable_set(module: Path, name: str) -> bool:
    """Whether the source set `name` belongs only to builds no user installs: a debuggable type's own (`src/qa`),
    or a variant of one (`src/huaweiQa`); a library's type no app of the repository builds (`_consumed`) too."""
    for build_type, debuggable in build_types(module).items():
        if (name == build_type or (len(name) > len(build_type)
                                   and name.endswith(build_type[:1].upper() + build_type[1:]))) \
                and (debuggable or not _consumed(module, build_type)):
            return True
    return False


#: `matchingFallbacks = ['qa', 'release']` (Groovy), `matchingFallbacks += listOf("release")`, `.add("release")`,
#: `.addAll(…)`, `setMatchingFallbacks(…)`: the library types an app's type picks when the library lacks its own.
_FALLBACKS = re.compile(r"""\b(?:set)?[mM]atchingFallbacks\s*(?:\+=|=|\(|\.\s*add(?:All)?\s*\(|(?=[\["']))""")
_FALLBACKS_NAMED = re.compile(r"atchingFallbacks\b")


@functools.lru_cache(maxsize=32)
def _fallbacks(module: Path) -> frozenset[str] | None:
    """Every type name the module's script lists in a `matchingFallbacks` (a build type's or a flavor's, whichever
    type lists it: more names only keep more of a library's types); None when one is not a list of names (a
    variable, a computed list): any type may be picked."""
    text = gradle.script_text(module)
    if "atchingFallbacks" not in text:
        return frozenset()
    statements = list(_FALLBACKS.finditer(text))
    if len(statements) != len(_FALLBACKS_NAMED.findall(text)):
        return None  # `matchingFallbacks.clear()`, passed to a function: not read
    names: set[str] = set()
    for match in statements:
        listed = gradle.listed_names(text, match.end())
        if listed is None:
            return None
        names.update(listed)
    return frozenset(names)


#: The Android Gradle plugin itself (`id 'com.android.application'`, a catalog's `libs.plugins.android.application`):
#: the app's build types are the ones its script declares. A convention plugin (`id("nia.android.application")`) or
#: `apply from: 'types.gradle'` may declare more, unread.
_AGP_APPLICATION = re.compile(r"""['"]com\.android\.application['"]|\blibs\.plugins\.android\.application\b"""
                              r"""|\blibs\.plugins\.androidApplication\b""")
_APPLY_FROM = re.compile(r"\bapply\s*\(?\s*from\b")


def _own_script(app: Path) -> bool:
    """Whether the app's build types are all in its own script: it applies AGP directly and no other script."""
    text = gradle.script_text(app)
    return bool(_AGP_APPLICATION.search(text)) and not _APPLY_FROM.search(text)


@functools.lru_cache(maxsize=64)
def _consumed(module: Path, build_type: str) -> bool:
    """Whether an installed APK can package the `build_type` variant of `module`. An app's variant takes each
    library's variant of the app's type's name, else the first its `matchingFallbacks` lists that the library has:
    a library's `staging` ships only if an app of the repository installs a `staging` type or lists it as a
    fallback. Release always ships; so does every type of a module that is an app, that no app of the repository
    packages (a published SDK), that publishes itself, or that a module not read as an app packages, or an app
    whose types or fallbacks are not all read (a convention plugin's, `apply from`, a computed list): unknown."""
    if build_type == "release":
        return True
    apps = gradle.consumers(module)
    root = gradle.settings_root(module.resolve())
    if not apps or root is None or gradle.published(module):
        return True
    applications = gradle.applications(root)
    for app in apps:
        fallbacks = _fallbacks(app)
        if app not in applications or not _own_script(app) or fallbacks is None or build_type in fallbacks \
                or build_type in installed_types(app):
            return True
    return False

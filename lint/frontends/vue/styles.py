"""Style blocks and the style files they import, to sheets in cascade order.

Plain CSS goes through the shared CSS parser over a view of the file (exact lines); SCSS and
Less through the nesting flattener. `@import` chains are followed (imported sheets come first);
`@/` and `~@/` name the project source root, as uni-app's and Taro's bundlers do.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from lint.frontends.css import StyleSheet
from lint.frontends.css import parse as parse_css
from lint.frontends.scss import parse_nested
from lint.frontends.vue.ifdef import active
from lint.frontends.vue.project import is_file
from lint.model import Document
from lint.source import SourceError, read_source

_MAX_DEPTH = 8
_NESTED = frozenset({"scss", "sass", "less", "stylus", "styl"})
_EXTENSIONS = ("", ".scss", ".css", ".less")
#: No real style import is longer; a longer one only costs file-system calls that must fail.
_MAX_TARGET = 400


#: `@import "x"`, `@import url("x")`: also what the cache key of a page lists (vue/context.py).
STYLE_IMPORT = re.compile(rb"""@import\s+(?:url\()?\s*["']([^"']+)["']""")
#: `@use "tokens" as t;` (Dart Sass modules): the namespace, or `*`, or none (the file's name).
SASS_USE = re.compile(rb"""@use\s+["']([^"']+)["'](?:\s+as\s+([\w-]+|\*))?(?:\s+with\s*\(([^)]*)\))?""")
#: One `$name: value` of a `@use … with (…)` configuration.
_CONFIGURED = re.compile(r"\$([\w-]+)\s*:\s*([^,]+)")


def _globals_of(path: Path, before: dict[str, str | None],
                resolve: Callable[[str, Path], Path | None] | None = None) -> dict[str, str | None]:
    """The global Sass variables once the file has run after `before`, read as the build being linted (`#ifdef`:
    vue/ifdef.py). With `resolve`, the files it imports run where they are imported (one level: uni.scss importing
    a theme's variables, `@import 'uview-plus/theme.scss'`; a theme file importing its tokens; an override
    imported last wins)."""
    if path.suffix not in (".scss", ".sass") or not is_file(path):
        return before
    try:
        data = active(read_source(path).data)
    except SourceError:
        return before
    if resolve is None or b"@import" not in data:
        return dict(_globals_in(data, tuple(before.items())))
    found, pos = before, 0
    for match in STYLE_IMPORT.finditer(uncommented(data)):  # a commented-out import is not read
        end = data.find(b";", match.end())
        end = len(data) if end == -1 else end + 1
        found = dict(_globals_in(data[pos : match.start()], tuple(found.items())))
        resolved = resolve(match.group(1).decode("utf-8", "replace"), path.parent)
        if resolved is not None and resolved != path:
            found = _globals_of(resolved, found)
        pos = end
    return dict(_globals_in(data[pos:], tuple(found.items())))


#: Sass comments (`/* … */`, and `// …` that does not follow a `:` as in `url(//cdn…)`), blanked to the same
#: length before imports are looked for.
_COMMENT = re.compile(rb"/\*.*?\*/|(?<![:\w])//[^\n]*", re.S)


_BLANKS = bytes(10 if byte == 10 else 32 for byte in range(256))


def _blank(match: re.Match[bytes]) -> bytes:
    return match.group(0).translate(_BLANKS)


@functools.lru_cache(maxsize=64)
def uncommented(data: bytes) -> bytes:
    """`data` with its comments blanked (offsets kept): every component of a library imports the same files."""
    return _COMMENT.sub(_blank, data)


@functools.lru_cache(maxsize=64)
def _globals_in(data: bytes, before: tuple[tuple[str, str | None], ...]) -> dict[str, str | None]:
    return parse_nested(data, "", 0, dict(before)).variables


@functools.lru_cache(maxsize=128)
def _nested(data: bytes, shown: str, variables: tuple[tuple[str, str | None], ...]) -> StyleSheet:
    """A nested sheet parsed once per process for what it starts with: every component of a library imports the
    same variables and mixins (wot-design-uni: an 80 KB file, parsed again for each of 106 components). Its
    rules are numbered from 0; `add_source` shifts them into place."""
    return parse_nested(data, shown, 0, dict(variables))


#: A module's mixins and functions (scss.py keeps them with its variables).
_CALLABLES = ("@mixin ", "@function ")
_MODULE_REFERENCE = re.compile(r"(?<![\w.$-])\$([\w-]+)")


def _qualified(definition: str, prefix: str, module: dict[str, str | None]) -> str:
    """A `@use`d module's mixin or function with its references to the module's own variables namespaced
    (`$font-xs` -> `th.$font-xs`): it runs where it is included, but reads the module it was written in."""
    params, _, body = definition.partition("\0")
    parts = [p.partition(":") for p in params.split(",")] if params.strip() else []
    own = {name.strip().lstrip("$").replace("_", "-") for name, _, _ in parts}

    def qualify(match: re.Match[str]) -> str:
        name = match.group(1).replace("_", "-")
        return f"{prefix}.${name}" if name in module and name not in own else match.group(0)

    params = ",".join(f"{name}{colon}{_MODULE_REFERENCE.sub(qualify, default)}" for name, colon, default in parts)
    return f"{params}\0{_MODULE_REFERENCE.sub(qualify, body)}"


class SheetList:
    """Sheets in cascade order, numbering rules across files so later files win ties."""

    def __init__(self, display: Callable[[Path], str], docs: list[Document], root: Path | None) -> None:
        self.sheets: list[StyleSheet] = []
        self.display = display
        self.docs = docs
        self.root = root
        self.order = 0
        self.seen: set[Path] = set()

    def add_source(self, data: bytes, shown: str, lang: str, base: Path, depth: int = 0) -> None:
        if lang in _NESTED:
            parsed = _nested(data, shown, tuple(sorted(self._variables(data, lang, base, depth).items())))
            sheet = StyleSheet([replace(rule, order=rule.order + self.order) for rule in parsed.rules],
                               list(parsed.imports), parsed.error, parsed.variables)
        else:
            sheet = parse_css(data, shown, self.order)
            if sheet.error is not None:
                self.docs.append(Document(shown, errors=[sheet.error]))
        for target in sheet.imports:
            resolved = self.resolve(target, base)
            if resolved is not None:
                self.add_file(resolved, depth + 1)
        if sheet.rules:
            self.order = max(self.order, max(rule.order for rule in sheet.rules))
        self.sheets.append(sheet)

    def _variables(self, data: bytes, lang: str, base: Path, depth: int) -> dict[str, str | None]:
        """The Sass globals a block or file starts with: uni-app injects the project's `uni.scss` into every
        SCSS block, and each `@import`ed file's own globals come before the importer's."""
        if lang not in ("scss", "sass"):
            return {}
        # Each file starts with what came before it, so its `!default`s keep values uni.scss or an earlier import
        # set (the usual Sass theme: a library's `$x: 12px !default`, the project's own value first).
        found: dict[str, str | None] = {}
        if self.root is not None:
            found = _globals_of(self.root / "uni.scss", found, self.resolve)
        if depth < _MAX_DEPTH and b"@use" in data:
            found = {**found, **self._used(data, base)}
        if depth < _MAX_DEPTH and b"@import" in data:
            for target in STYLE_IMPORT.findall(uncommented(data)):  # not a commented-out one
                resolved = self.resolve(target.decode("utf-8", "replace"), base)
                if resolved is not None:
                    found = _globals_of(resolved, found, self.resolve)
        return found

    def _used(self, data: bytes, base: Path) -> dict[str, str | None]:
        """Sass modules a block loads with `@use` (`@use 'tokens' as t` → `t.$size`; `as *` → `$size`; no `as`:
        the file's name), each run on its own (a module does not see its user's variables)."""
        found: dict[str, str | None] = {}
        for target, namespace, configured in SASS_USE.findall(uncommented(data)):
            spec = target.decode("utf-8", "replace")
            resolved = self.partial(spec, base)
            if resolved is None:
                continue  # `sass:math`, a package this tree does not hold
            prefix = namespace.decode() if namespace else Path(spec).stem.lstrip("_")
            # `with ($legal-size: 18rpx)` sets the module's `!default`s before it runs (a value read from the
            # user's own variables is not known).
            given = {name.replace("_", "-"): None if "$" in value or "(" in value else value.strip()
                     for name, value in _CONFIGURED.findall(configured.decode("utf-8", "replace"))}
            module = _globals_of(resolved, given, self.resolve)
            for name, value in module.items():
                if prefix != "*" and value is not None and name.startswith(_CALLABLES):
                    value = _qualified(value, prefix, module)
                found[name if prefix == "*" else f"{prefix}.{name}"] = value
        return found

    def partial(self, target: str, base: Path) -> Path | None:
        """`resolve`, and Sass's partial (`tokens` → `_tokens.scss`)."""
        found = self.resolve(target, base)
        head, _, name = target.rpartition("/")
        if found is None and name and not name.startswith("_"):
            found = self.resolve(f"{head}/_{name}" if head else f"_{name}", base)
        return found

    def add_file(self, path: Path, depth: int = 0) -> None:
        if depth > _MAX_DEPTH or not is_file(path):
            return
        resolved = path.resolve()
        if resolved in self.seen:
            return
        self.seen.add(resolved)
        shown = self.display(path)
        try:
            source = read_source(path)
        except SourceError as exc:
            self.docs.append(Document(shown, errors=[(exc.line, exc.column, exc.message)]))
            return
        self.add_source(active(source.data), shown, path.suffix.lstrip(".").lower(), path.parent, depth)

    def resolve(self, target: str, base: Path) -> Path | None:
        """The file an `@import` or a module import names; None when there is none (a target
        from a hostile file may be too long for the file system or name no file at all)."""
        if len(target) > _MAX_TARGET or not target.strip("/~@."):
            return None
        if target.startswith(("http:", "https:", "//")) or target.endswith(")"):
            return None
        if target.startswith(("~@/", "@/")):
            if self.root is None:
                return None
            candidate = self.root / target.split("/", 1)[1]
        elif target.startswith("/"):
            candidate = (self.root or base) / target.lstrip("/")
        else:
            candidate = base / target.lstrip("~")
        # Shown in evidence, and the key of a sheet parsed once (`_nested`): `common/x.scss`, not `c0/../common/x.scss`.
        candidate = Path(os.path.normpath(candidate))
        for ext in _EXTENSIONS:
            with_ext = candidate.with_name(candidate.name + ext) if ext else candidate
            if is_file(with_ext):
                return with_ext
            partial = with_ext.with_name("_" + with_ext.name)  # SCSS partials, `mixins.scss` naming `_mixins.scss` too
            if (ext or with_ext.suffix in (".scss", ".sass")) and is_file(partial):
                return partial
        return None

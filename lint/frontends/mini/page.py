"""A mini-program page (or component) unit: template, script, styles, app-wide styles, components.

Styles apply the way the runtime applies them: a page sees `app` styles and its own (with their
`@import`s); a component sees only its own unless its `styleIsolation` (or `addGlobalClass`)
shares the app's or page's, or the dialect does not isolate components (Alipay). A custom
component used with known property values (`<agreement checked="{{true}}"/>`) is built again with
those values and grafted under the use site, so what the page passes is linted at the page; an
`<include src>`d template is grafted in place the same way, with the including page's data and styles, and a
`<template is="x" data="{{...}}">` renders its definition (from the page or an `<import>`) with the data
passed (templates.py).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from lint.finding import Evidence
from lint.frontends.cascade import Cascade, sets_custom_properties
from lint.frontends.css import StyleSheet
from lint.frontends.css import parse as parse_css
from lint.frontends.mini.colors import WHITE
from lint.frontends.mini.dialects import COMPILED_STYLES, DIALECTS, Dialect
from lint.frontends.mini.files import resolved as real_path
from lint.frontends.mini.library import Library
from lint.frontends.mini.loader import ScriptLoader, script_for
from lint.frontends.mini.project import (
    app_root,
    is_component,
    json_error,
    json_isolation,
    own_json,
    page_templates,
    read_json,
    resolve_component,
    using_components,
)
from lint.frontends.mini.script import Script, deciding_switches
from lint.frontends.mini.template import Context, TemplateBuilder
from lint.frontends.mini.values import Binder
from lint.model import Document, Fact
from lint.source import SourceError, read_source

#: Runtimes that draw a page on white, with the page settings that colour it instead.
_WHITE_PAGES = {"wechat": ("backgroundColorContent",), "alipay": ("backgroundColor",)}
_MAX_IMPORT_DEPTH = 8
_MAX_COMPONENT_DEPTH = 3
Display = Callable[[Path], str]


def style_sheet(stem: Path, style: str) -> Path:
    """The sheet of a page (or `app`): `stem` with the dialect's style suffix, else a compiled source beside it."""
    own = stem.with_suffix(style)
    if own.is_file():
        return own
    for suffix in COMPILED_STYLES:
        source = stem.with_suffix(suffix)
        if source.is_file():
            return source
    return own


def _styles(path: Path, display: Display, docs: list[Document], seen: set[str], root: Path | None,
            depth: int = 0) -> list[StyleSheet]:
    """A style file and its `@import`s, imported sheets first (they come earlier in the cascade)."""
    resolved, exists = real_path(path)
    if resolved in seen or depth > _MAX_IMPORT_DEPTH or not (path.is_file() if exists is None else exists):
        return []
    seen.add(resolved)
    shown = display(path)
    try:
        source = read_source(path)
    except SourceError as exc:
        docs.append(Document(shown, errors=[(exc.line, exc.column, exc.message)]))
        return []
    sheet = _parsed_sheet(source.data, shown, path.suffix in COMPILED_STYLES)
    if sheet.error is not None:
        docs.append(Document(shown, errors=[sheet.error]))
    sheets: list[StyleSheet] = []
    for target in sheet.imports:
        base = path.parent if not target.startswith("/") else (root or path.parent)
        imported = Path(os.path.normpath(base / target.lstrip("/")))  # shown in evidence: no `a/../b`
        if path.suffix in COMPILED_STYLES:
            imported = _partial(imported, path.suffix)
        if not imported.is_file():
            sheets.append(StyleSheet(unresolved=target))
            continue
        sheets += _styles(imported, display, docs, seen, root, depth + 1)
    return [*sheets, sheet]


def _partial(target: Path, suffix: str) -> Path:
    """What Sass and Less make of `@import "vars"`: the file as named, else with the importer's suffix, else
    a Sass partial (`_vars.scss`)."""
    if target.is_file() or target.suffix in (".css", ".wxss", ".acss", suffix):
        return target
    for candidate in (target.with_name(target.name + suffix), target.with_name(f"_{target.name}{suffix}")):
        if candidate.is_file():
            return candidate
    return target


@functools.lru_cache(maxsize=256)
def _parsed_sheet(data: bytes, shown: str, nested: bool = False) -> StyleSheet:
    """A style sheet parsed once per process: every page of an app parses `app.wxss` and the sheets it
    imports (the frontend only reads sheets, so one object can serve every page). `nested`: SCSS or Less,
    read as far as it is plain (lint/frontends/scss.py)."""
    if nested:
        from lint.frontends.scss import parse_nested

        return parse_nested(data, shown)
    sheet = parse_css(data, shown)
    sheet.source = (data, shown)  # read again for its colours if a rule asks a legal text's contrast (mini/paint.py)
    return sheet


def _library_overrides(libraries: Mapping[str, Mapping[str, object]] | None) -> dict[str, dict[str, object]]:
    """The run's `libraries:` entries (from the unit's effective config, `--config` included)."""
    return {str(k): dict(v) for k, v in (libraries or {}).items()}


class UnitBuilder:
    """Builds one unit's documents; component scripts and sheets are read once per unit."""

    def __init__(self, template: Path, display: Display,
                 libraries: Mapping[str, Mapping[str, object]] | None = None) -> None:
        self.dialect: Dialect = DIALECTS[template.suffix]
        self.display = display
        self.docs: list[Document] = []
        self.root = app_root(template.parent)
        self.overrides = _library_overrides(libraries)
        self.loader = ScriptLoader(display, self.docs, self.root)
        self.scripts: dict[Path, Script] = {}
        self.page_sheets: list[StyleSheet] = []
        #: Each template's own JSON, read once: styles, components and the library table all ask.
        self.json: dict[Path, dict[str, Any]] = {}
        #: What a grafted component or include shows when built alone (graft.py compares every use with it),
        #: by (template, depth, include chain): built once per unit, not once per use site. Built per use,
        #: a component library whose components nest three deep rebuilt each inner one at every level
        #: (TDesign's 118 components: 10,542 template builds, 20 s).
        self.alone: dict[tuple[Path, int, tuple[Path, ...]], list[tuple[Any, ...]]] = {}
        self.sheet_lists: dict[tuple[Path, bool, str | None], list[StyleSheet]] = {}

    def own(self, template: Path) -> dict[str, Any]:
        found = self.json.get(template)
        if found is None:
            found = self.json[template] = own_json(template)
        return found

    def script(self, template: Path, quiet: bool = False) -> Script:
        if template not in self.scripts:
            path = script_for(template)
            loader = ScriptLoader(self.display, [], self.root) if quiet else self.loader
            self.scripts[template] = loader.load(path) if path is not None else Script()
        return self.scripts[template]

    def sheets(self, template: Path, script: Script, docs: list[Document], in_page: bool) -> list[StyleSheet]:
        if docs is self.docs:  # the unit's own sheets: their problems are reported
            return self._sheets(template, script, docs, in_page)
        # A component's sheets at each of its use sites (graft.py), whose problems its own unit reports: read once.
        key = (template, in_page, script.style_isolation)
        found = self.sheet_lists.get(key)
        if found is None:
            found = self.sheet_lists[key] = self._sheets(template, script, docs, in_page)
        return found

    def _sheets(self, template: Path, script: Script, docs: list[Document], in_page: bool) -> list[StyleSheet]:
        seen: set[str] = set()
        own = self.own(template)
        isolation = json_isolation(own) or script.style_isolation
        component = is_component(own)
        shared_app = not component or not self.dialect.isolated_components or isolation in ("apply-shared", "shared")
        sheets: list[StyleSheet] = []
        if shared_app and self.root is not None:
            sheets += _styles(style_sheet(self.root / "app", self.dialect.style), self.display, docs, seen, self.root)
        if component and in_page and isolation == "shared":
            sheets += self.page_sheets
        sheets += _styles(style_sheet(template, self.dialect.style), self.display, docs, seen, self.root)
        return sheets

    def builder(self, template: Path, source: bytes, script: Script, sheets: list[StyleSheet],
                binder: Binder, depth: int, including: tuple[Path, ...] = (),
                definition: str | None = None) -> TemplateBuilder:
        using = using_components(template, self.root, self.own(template))
        library = Library(self.overrides, {tag: target for tag, (target, _) in using.items()})
        context = Context(script.handlers, library)
        # No `usingComponents`, no `<include` and no `<template`: no element is grafted.
        if depth < _MAX_COMPONENT_DEPTH and (using or b"<include" in source or b"<template" in source):
            from lint.frontends.mini.graft import Grafter

            context.graft = Grafter(self, template, using, depth, including, source, context.beside).graft
        # A grafted component's facts are compared with its own unit's at once: built eagerly.
        return TemplateBuilder(self.display(template), source, self.dialect, binder,
                               Cascade(sheets, sets_custom_properties(source)), context,
                               lazy=depth == 0, definition=definition)

    def component_template(self, target: str, base: Path) -> Path | None:
        return resolve_component(target, base, self.root, self.dialect.template)

    def included_template(self, src: str | None, including: Path) -> Path | None:
        """The template an `<include src>` names: relative to the including file, or from the root with `/`.
        A bound path (`{{ }}`) is a runtime value: nothing is included."""
        if not src or "{{" in src:
            return None
        base = (self.root or including.parent) if src.startswith("/") else including.parent
        target = Path(os.path.normpath(base / src.strip().lstrip("/")))  # shown in evidence: no `a/../b`
        return target if target.suffix == self.dialect.template and target.is_file() else None

    def build(self, template: Path) -> list[Document]:
        shown = self.display(template)
        try:
            source = read_source(template)
        except SourceError as exc:
            return [Document(shown, errors=[(exc.line, exc.column, exc.message)])]
        script = self.script(template)
        sheets = self.sheets(template, script, self.docs, in_page=False)
        self.page_sheets = sheets
        # A component's deciding Boolean properties are its uses' to decide (`Data.alone`; a page has none).
        alone = script.data.alone(deciding_switches(source.data, script.data.switches()))
        builder = self.builder(template, source.data, script, sheets, Binder(alone), 0)
        builder.component = is_component(self.own(template))
        builder.backdrop_of = functools.partial(self.backdrop, template)
        return [builder.build(), *self.docs, *self._broken_json(template)]

    def backdrop(self, template: Path) -> Fact:
        """What the page is drawn on under its own `page { background }`: white for a page `app.json` lists in a
        WeChat or Alipay app, where neither dark mode (`"darkmode": true`) nor a window setting that colours the
        page (WeChat's `backgroundColorContent`; Alipay's `backgroundColor`, its page's colour) applies. A window's
        `backgroundColor` in WeChat is the area a pull-down shows, not the page. Otherwise (a component, a
        template included elsewhere, another runtime) not known. Read when a rule first asks a contrast."""
        name = self.dialect.name
        if name not in _WHITE_PAGES or self.root is None or is_component(self.own(template)):
            return Fact(None)
        app = read_json(self.root / "app.json")
        if app.get("darkmode") is True or template.resolve() not in {
                page.resolve() for page in page_templates(self.root, self.dialect.template)}:
            return Fact(None)
        window = app.get("window")
        settings = [window if isinstance(window, dict) else {}, self.own(template)]
        if any(key in found for found in settings for key in _WHITE_PAGES[name]):
            return Fact(None)
        note = f"a {name} page is drawn on white: nothing under the text, up to the page, sets a background"
        return Fact(WHITE, (Evidence(self.display(template), 1, note),))

    def _broken_json(self, template: Path) -> list[Document]:
        """The page's own JSON and the app's `app.json`, when broken: every page reports a broken `app.json`
        (the same finding, kept once), so a run on any page of the app shows it."""
        self.own(template)  # read (and remembered) by now in every build; asked here for the error only
        files = [template.with_suffix(".json")]
        if self.root is not None:
            files.append(self.root / "app.json")
        found = []
        for path in files:
            error = json_error(path)
            if error is not None:
                found.append(Document(self.display(path), errors=[error]))
        return found


def build(template: Path, display: Display,
          libraries: Mapping[str, Mapping[str, object]] | None = None) -> list[Document]:
    return UnitBuilder(template, display, libraries).build(template)


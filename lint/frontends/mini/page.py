"""A mini-program page (or component) unit: template, script, styles, app-wide styles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lint.frontends.cascade import Cascade
from lint.frontends.css import StyleSheet
from lint.frontends.css import parse as parse_css
from lint.frontends.mini.dialects import DIALECTS, SCRIPT_EXTS, Dialect
from lint.frontends.mini.script import Data, read_data
from lint.frontends.mini.template import TemplateBuilder
from lint.frontends.mini.values import Binder
from lint.model import Document
from lint.source import SourceError, read_source

_MAX_IMPORT_DEPTH = 8
_APP_SEARCH_DEPTH = 12


def app_root(page_dir: Path) -> Path | None:
    """The mini-program root: the closest folder above the page holding `app.json`."""
    current = page_dir
    for _ in range(_APP_SEARCH_DEPTH):
        if (current / "app.json").is_file():
            return current
        if current.parent == current:
            return None
        current = current.parent
    return None


def _styles(path: Path, display: Callable[[Path], str], docs: list[Document], seen: set[Path],
            depth: int = 0) -> list[StyleSheet]:
    """A style file and its `@import`s, imported sheets first (they come earlier in the cascade)."""
    resolved = path.resolve()
    if resolved in seen or depth > _MAX_IMPORT_DEPTH or not path.is_file():
        return []
    seen.add(resolved)
    shown = display(path)
    try:
        source = read_source(path)
    except SourceError as exc:
        docs.append(Document(shown, errors=[(exc.line, exc.column, exc.message)]))
        return []
    sheet = parse_css(source.data, shown)
    if sheet.error is not None:
        docs.append(Document(shown, errors=[sheet.error]))
    sheets: list[StyleSheet] = []
    for target in sheet.imports:
        base = path.parent if not target.startswith("/") else (app_root(path.parent) or path.parent)
        sheets += _styles(base / target.lstrip("/"), display, docs, seen, depth + 1)
    return [*sheets, sheet]


def _data(template: Path, display: Callable[[Path], str], docs: list[Document]) -> Data:
    for ext in SCRIPT_EXTS:
        script = template.with_suffix(ext)
        if not script.is_file():
            continue
        shown = display(script)
        try:
            source = read_source(script)
        except SourceError as exc:
            docs.append(Document(shown, errors=[(exc.line, exc.column, exc.message)]))
            return Data()
        from lint.frontends.ts import first_error, parser

        tree = parser("typescript" if ext == ".ts" else "javascript").parse(source.data)
        broken = first_error(tree.root_node)
        if broken is not None:
            # Facts from a broken script are unknown; the template is still linted.
            docs.append(Document(shown, errors=[(broken.start_point[0] + 1, broken.start_point[1] + 1,
                                                 "script syntax error")]))
            return Data()
        return read_data(source.data, shown, ext == ".ts")
    return Data()


def build(template: Path, display: Callable[[Path], str]) -> list[Document]:
    dialect: Dialect = DIALECTS[template.suffix]
    docs: list[Document] = []
    shown = display(template)
    try:
        source = read_source(template)
    except SourceError as exc:
        return [Document(shown, errors=[(exc.line, exc.column, exc.message)])]
    seen: set[Path] = set()
    sheets: list[StyleSheet] = []
    root = app_root(template.parent)
    if root is not None:
        sheets += _styles(root / f"app{dialect.style}", display, docs, seen)
    sheets += _styles(template.with_suffix(dialect.style), display, docs, seen)
    data = _data(template, display, docs)
    builder = TemplateBuilder(shown, source.data, dialect, Binder(data.lookup), Cascade(sheets))
    docs.insert(0, builder.build())
    return docs

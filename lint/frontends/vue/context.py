"""The files a uni-app or Taro unit may read, for its cache key (scanned, never parsed).

Over-approximates on purpose: a superfluous file only costs a cache miss when it changes.
Files that do not exist are listed too, since creating one changes what the frontend reads.
"""

from __future__ import annotations

import re
from pathlib import Path

_MODULE_IMPORT = re.compile(rb"""\bimport\s+(?:[\w{}\s,*]+from\s+)?["']([^"'\n]+)["']""")
_TAG = re.compile(rb"<([a-zA-Z][\w-]*)")
_STYLE_SUFFIXES = (".css", ".scss", ".sass", ".less")
_MAX_FILES = 200


def _read(path: Path) -> bytes:
    """The file as UTF-8 bytes, as the frontend will read it: nothing for a file the frontend
    refuses too (above the size limit, binary, not a regular file), so a huge or hostile file
    is never read whole just to build a cache key."""
    from lint.source import SourceError, read_source

    try:
        return read_source(path).data
    except SourceError:
        return b""


def _style_closure(start: list[Path], root: Path | None, found: dict[Path, None]) -> None:
    from lint.frontends.vue.styles import SASS_USE, STYLE_IMPORT, SheetList

    resolver = SheetList(str, [], root)
    queue = list(start)
    while queue and len(found) < _MAX_FILES:
        path = queue.pop()
        data = _read(path)
        for target in [*STYLE_IMPORT.findall(data), *(used for used, _, _ in SASS_USE.findall(data))]:
            resolved = resolver.partial(target.decode("utf-8", "replace"), path.parent)
            if resolved is not None and resolved not in found:
                found[resolved] = None
                queue.append(resolved)


def vue_context(path: Path) -> list[Path]:
    from lint.frontends.vue.library import kebab, maybe_component
    from lint.frontends.vue.mixins import module_file
    from lint.frontends.vue.project import find_project, uview_sources

    found: dict[Path, None] = {path: None}
    project = find_project(path.parent)
    if project is None:
        _style_closure([path], None, found)
        return list(found)
    found[project.root / "pages.json"] = None
    found[project.root / "App.vue"] = None
    found[project.root / "uni.scss"] = None  # injected into every SCSS block (its variables, and its imports')
    found.update(dict.fromkeys(uview_sources(project.root)))  # uView's version: the unit of its sizes
    from lint.frontends.i18n import candidates

    found.update(dict.fromkeys(candidates(project.root)))  # the messages `$t('key')` shows
    _style_closure([project.root / "uni.scss"], project.root, found)
    queue = [path, project.root / "App.vue"]
    while queue and len(found) < _MAX_FILES:
        current = queue.pop()
        data = _read(current)
        imports = {}
        for specifier in _MODULE_IMPORT.findall(data):
            text = specifier.decode("utf-8", "replace")
            if text.endswith((".vue", ".nvue")):
                imports[Path(text).stem] = text
            elif b"mixins" in data and (module := module_file(project, text, current.parent)) is not None:
                found[module] = None  # a mixin's data (mixins.py)
        for tag in {t for t in (kebab(t.decode()) for t in _TAG.findall(data)) if maybe_component(t)}:
            component = project.component(tag, imports, current.parent)
            if component is not None and component not in found:
                found[component] = None
                queue.append(component)
        _style_closure([current], project.root, found)
    return list(found)


def taro_context(path: Path) -> list[Path]:
    from lint.frontends.taro.detect import taro_config
    from lint.frontends.vue.styles import SheetList

    found: dict[Path, None] = {path: None}
    config = taro_config(path.parent)
    root = config.parent.parent / "src" if config is not None else None
    if config is not None and root is not None:
        found[config] = None
        found.update(dict.fromkeys(root / f"app{ext}" for ext in (".scss", ".css", ".less")))
    resolver = SheetList(str, [], root)
    styles = []
    for specifier in _MODULE_IMPORT.findall(_read(path)):
        text = specifier.decode("utf-8", "replace")
        if text.endswith(_STYLE_SUFFIXES):
            resolved = resolver.resolve(text, path.parent)
            if resolved is not None:
                found[resolved] = None
                styles.append(resolved)
    _style_closure([p for p in found if p.suffix in _STYLE_SUFFIXES], root, found)
    from lint.frontends.taro.modules import context

    found.update(dict.fromkeys(context(path, _read(path), root)))  # components imported from the project
    if root is not None:
        from lint.frontends.i18n import candidates

        found.update(dict.fromkeys(candidates(root)))  # the messages `t('key')` shows
    return list(found)

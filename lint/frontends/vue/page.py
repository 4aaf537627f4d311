"""A uni-app single-file component unit: its script state, its styles (and `App.vue`'s global
ones), its template, and the project components it uses."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lint.frontends.cascade import Cascade, sets_custom_properties
from lint.frontends.expr import UNKNOWN, Lookup, Valued
from lint.frontends.mini.library import Library
from lint.frontends.mini.template import Context
from lint.frontends.mini.values import Binder
from lint.frontends.vue.library import uniapp_specs, uview1_specs
from lint.frontends.vue.project import Project, find_project
from lint.frontends.vue.script import ComponentState, read_script
from lint.frontends.vue.sfc import SFC, split
from lint.frontends.vue.styles import SheetList
from lint.frontends.vue.template import VUE, VueTemplateBuilder
from lint.model import Document, Node
from lint.source import SourceError, read_source


@dataclass(slots=True)
class Parsed:
    path: Path
    shown: str
    sfc: SFC
    state: ComponentState
    docs: list[Document]


def parse(path: Path, display: Callable[[Path], str]) -> Parsed | Document:
    shown = display(path)
    try:
        source = read_source(path)
    except SourceError as exc:
        return Document(shown, errors=[(exc.line, exc.column, exc.message)])
    sfc = split(source.data, nvue=path.suffix == ".nvue")
    state = ComponentState()
    if b"mixins" in source.data:
        from lint.frontends.vue.mixins import loader

        state.load_module = loader(find_project(path.parent), path.parent, display)
    docs: list[Document] = []
    if sfc.error is not None:  # reported, and the blocks recovered from it are still linted
        docs.append(Document(shown, errors=[sfc.error]))
    for block in sorted(sfc.scripts, key=lambda b: "setup" in b.attrs):
        error = read_script(sfc.view(block), block.lang, "setup" in block.attrs, shown, state)
        if error is not None:
            # Facts from a broken script are unknown; the template is still linted.
            docs.append(Document(shown, errors=[(*error, "script syntax error")]))
    return Parsed(path, shown, sfc, state, docs)


def _sheets(parsed: Parsed, project: Project | None, display: Callable[[Path], str]) -> SheetList:
    sheets = SheetList(display, parsed.docs, project.root if project else None)
    if project is not None and project.app is not None and project.app.resolve() != parsed.path.resolve():
        app = _app_sfc(project.app)
        if app is not None:
            for block in app.styles:
                sheets.add_source(app.view(block), display(project.app), block.lang or "css", project.root)
    for block in parsed.sfc.styles:
        sheets.add_source(parsed.sfc.view(block), parsed.shown, block.lang or "css", parsed.path.parent)
    return sheets


def _app_sfc(app: Path) -> SFC | None:
    from lint.frontends.vue.ifdef import current

    return _app_sfc_for(app, current())


@functools.lru_cache(maxsize=16)
def _app_sfc_for(app: Path, platform: str) -> SFC | None:
    """App.vue as `platform`'s build (`split` blanks the other platforms' code), once per process."""
    try:
        return split(read_source(app).data)
    except SourceError:
        return None


def template_document(parsed: Parsed, project: Project | None, display: Callable[[Path], str],
                      lookup: Lookup | None = None, depth: int = 0) -> Document | None:
    """The template's UI tree; ``lookup`` overrides the component's own state (a use site's
    bound props), ``depth`` guards against components that contain themselves."""
    if parsed.sfc.template is None:
        return None
    from lint.frontends.vue.components import Components

    template = parsed.sfc.view(parsed.sfc.template)
    cascade = Cascade(_sheets(parsed, project, display).sheets, sets_custom_properties(template))
    components = Components(parsed, project, display, depth)
    library = Library({}, {})
    library.specs.update(uview1_specs() if project is not None and project.uview == 1 else uniapp_specs())
    context = Context(handlers=dict(parsed.state.handlers), library=library)
    state = lookup or parsed.state.scope.lookup
    if project is not None and (b"t(" in template):  # `$t('login.agree')`: the project's messages (i18n.py)
        from lint.frontends.i18n import loader, translating

        state = translating(state, loader(project.root), display)
    builder = VueTemplateBuilder(parsed.shown, template, VUE, Binder(state), cascade, context)
    return builder.with_components(components).build()


def build(path: Path, display: Callable[[Path], str]) -> list[Document]:
    parsed = parse(path, display)
    if isinstance(parsed, Document):
        return [parsed]
    project = find_project(path.parent)
    own = props_unknown(parsed) if project is not None and not project.is_page(path) else None
    doc = template_document(parsed, project, display, own)
    return ([doc] if doc is not None else []) + parsed.docs


def props_unknown(parsed: Parsed) -> Lookup:
    """A component's own state, its props unknown: what renders is decided at each use (`<agree-box
    :checked="agreed"/>`), where an unbound prop takes its default and is reported (components.py). Linted alone
    with its defaults, a component that every page binds was reported for a state no page shows (as Taro's
    components are not). A page's props (uni-app passes its query through them) keep their defaults."""
    props, aliases, own = parsed.state.props, parsed.state.aliases, parsed.state.scope.lookup

    def lookup(path: str) -> Valued:
        head, _, rest = path.partition(".")
        if head in props or head in aliases or (head == "props" and rest.partition(".")[0] in props):
            return UNKNOWN, ()
        return own(path)

    return lookup


def first_toggle(doc: Document) -> Node | None:
    for root in doc.roots:
        for node in root.walk():
            if node.kind == "toggle":
                return node
    return None


def context_files(path: Path) -> list[Path]:
    """Files this unit may read (its cache key); see `lint.cache_context`."""
    from lint.frontends.vue.context import vue_context

    return vue_context(path)

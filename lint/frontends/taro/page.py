"""A Taro module unit: its JSX, its state, the style sheets it imports, the design width."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lint.frontends.cascade import Cascade, sets_custom_properties
from lint.frontends.mini.library import Spec
from lint.frontends.taro.buildconfig import design_width, keeps_font_px
from lint.frontends.taro.detect import taro_config
from lint.frontends.taro.jsx import JsxBuilder
from lint.frontends.taro.state import component_of, read_state
from lint.frontends.vue.library import taro_specs
from lint.frontends.vue.styles import SheetList
from lint.model import Document, Node
from lint.source import SourceError, read_source

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

    from lint.frontends.expr import Lookup, Valued
    from lint.frontends.mini.imported import Found, Imports
    from lint.frontends.taro.imported import Imported
    from lint.frontends.taro.modules import Module as ImportedModule
    from lint.frontends.vue.scope import Scope

_STYLE_EXTS = (".css", ".scss", ".sass", ".less", ".styl")


def _text(node: TSNode, src: bytes) -> str:
    return src[node.start_byte : node.end_byte].decode("utf-8", "replace")


def _imports(root: TSNode, src: bytes) -> tuple[dict[str, Spec], list[str], frozenset[str]]:
    """(local component name -> library entry, style files imported, CSS-module local names)."""
    tables = taro_specs()
    components: dict[str, Spec] = {}
    styles: list[str] = []
    modules: set[str] = set()
    for statement in root.named_children:
        if statement.type != "import_statement":
            continue
        source_node = statement.child_by_field_name("source")
        if source_node is None:
            continue
        source = _text(source_node, src).strip("'\"")
        clause = next((c for c in statement.named_children if c.type == "import_clause"), None)
        if source.endswith(_STYLE_EXTS):
            styles.append(source)
            if clause is not None:
                modules.update(_text(c, src) for c in clause.named_children if c.type == "identifier")
            continue
        table = tables.get(source)
        if table is None or clause is None:
            continue
        for named in (c for c in clause.named_children if c.type == "named_imports"):
            for spec in named.named_children:
                name, alias = spec.child_by_field_name("name"), spec.child_by_field_name("alias")
                if name is not None and _text(name, src) in table:
                    components[_text(alias or name, src)] = table[_text(name, src)]
    return components, styles, frozenset(modules)


_MAX_AMPERSAND_FIXES = 16


def parse_jsx(jsx: Any, data: bytes) -> Any:
    """The tree of a JSX module. A bare `&` in JSX text (`《用户协议》 & 《隐私政策》`) is valid JSX that the
    grammar reads as a broken character reference: such an `&`, where the grammar fails on it inside an element,
    is read as a space (same offsets; texts are taken from the original bytes) and the module parsed again."""
    from lint.frontends.mini.mask import BARE_AMPERSAND

    tree = jsx.parse(data)
    masked: bytearray | None = None
    for _ in range(_MAX_AMPERSAND_FIXES):
        if not tree.root_node.has_error:
            break
        starts = [n.start_byte for n in _errors(tree.root_node)
                  if n.parent is not None and n.parent.type in ("jsx_element", "jsx_fragment")
                  and BARE_AMPERSAND.match(data, n.start_byte)]
        if not starts:
            break
        masked = masked if masked is not None else bytearray(data)
        for start in starts:
            masked[start] = 0x20
        tree = jsx.parse(bytes(masked))
    return tree


def _errors(root: Any) -> list[Any]:
    found, stack = [], [root]
    while stack:
        node = stack.pop()
        if node.is_error:
            found.append(node)
        stack.extend(c for c in node.children if c.has_error)
    return found


def build(path: Path, display: Callable[[Path], str]) -> list[Document]:
    from lint.frontends.ts import first_error, parser

    shown = display(path)
    try:
        source = read_source(path)
    except SourceError as exc:
        return [Document(shown, errors=[(exc.line, exc.column, exc.message)])]
    tree = parse_jsx(parser("tsx" if path.suffix == ".tsx" else "javascript"), source.data)
    docs: list[Document] = []
    broken = first_error(tree.root_node)
    if broken is not None:
        from lint.textpos import LineIndex

        docs.append(Document(shown, errors=[(*LineIndex(source.data).point(*broken.start_point), "syntax error")]))
        return docs
    components, style_files, modules = _imports(tree.root_node, source.data)
    config = taro_config(path.parent)
    root = config.parent.parent / "src" if config is not None else None
    sheets = SheetList(display, docs, root)
    if root is not None:  # the app's global sheet comes first in the cascade
        for name in ("app.scss", "app.css", "app.less"):
            if (root / name).is_file():
                sheets.add_file(root / name)
                break
    for target in style_files:
        resolved = sheets.resolve(target, path.parent)
        if resolved is not None:
            sheets.add_file(resolved)
    width = design_width(config)
    factor = 375 / width if width else None  # None: design px cannot be converted (attrs.py)
    module_lookup, lookup_for = _lookups(tree.root_node, source.data, shown,
                                         imports=_project_constants(tree.root_node, source.data, path, root, display))
    if root is not None and b"t(" in source.data:  # `t('pages:login.policy')`: the project's messages (i18n.py)
        module_lookup, lookup_for = _translated(module_lookup, lookup_for, root, source.data, display)
    builder = JsxBuilder(shown, source.data, module_lookup, Cascade(sheets.sheets, sets_custom_properties(source.data)),
                         components, modules, factor, lookup_for)
    builder.sheet_fonts_kept = keeps_font_px(config)
    builder.imported = _imported(tree.root_node, source.data, path, root, 0, display)
    from lint.frontends.taro.toggles import Handlers

    return [builder.build(tree.root_node, Handlers(tree.root_node, source.data), tree.language), *docs]


#: `useTranslation('pages')`, `useTranslation('pages', { keyPrefix: 'login' })`, `useTranslation(undefined, {…})`.
_USE_TRANSLATION = re.compile(
    rb"""useTranslation\(\s*(?:['"]([\w-]{1,40})['"]|undefined|null)?\s*(?:,\s*\{[^}]{0,80}?keyPrefix\s*:\s*['"]([\w.-]{1,60})['"])?""")


def _translated(module_lookup: Lookup, lookup_for: Callable[[TSNode], Lookup], root: Path, src: bytes,
                display: Callable[[Path], str]) -> tuple[Lookup, Callable[[TSNode], Lookup]]:
    """Both lookups answering translations from the messages under the source root, read once between them."""
    from lint.frontends.i18n import loader, translating

    load = loader(root)
    wrapped: dict[int, tuple[Lookup, Lookup]] = {}
    hook = _USE_TRANSLATION.search(src)  # `useTranslation('pages', { keyPrefix: 'login' })`: what bare keys read
    namespace = hook.group(1).decode() if hook is not None and hook.group(1) else None
    prefix = hook.group(2).decode() if hook is not None and hook.group(2) else ""

    def translated_for(jsx: TSNode) -> Lookup:
        inner = lookup_for(jsx)
        known = wrapped.get(id(inner))
        if known is None or known[0] is not inner:
            known = wrapped[id(inner)] = (inner, translating(inner, load, display, namespace, prefix))
        return known[1]

    return translating(module_lookup, load, display, namespace, prefix), translated_for


def _project_constants(root: TSNode, src: bytes, path: Path, src_root: Path | None,
                       display: Callable[[Path], str]) -> Imports | None:
    """Constants the page imports from the project (`import { LOGIN_COPY } from '../../constants/copy'`, a
    config's `DEFAULT_AGREE`): read as the module writes them (mini/imported.py; the cache key already lists every
    project import, vue/context.py). None when the page imports nothing from the project."""
    if b"from '." not in src and b'from ".' not in src and b"@/" not in src:
        return None
    from lint.frontends.mini.imported import Imports
    from lint.frontends.taro.modules import load, resolve

    def loaded(specifier: str) -> Found | None:
        target = resolve(specifier, path.parent, src_root)
        module = load(target) if target is not None and target.suffix in (".ts", ".js", ".tsx", ".jsx") else None
        return (module.tree.root_node, module.src, display(module.path)) if module is not None else None

    return Imports(root, src, loaded, prefixes=(".", "/", "@/"))


def _with_constants(lookup: Lookup, imports: Imports) -> Lookup:
    from lint.finding import Evidence
    from lint.frontends.expr import UNKNOWN, evaluate, to_display

    def read(path: str) -> Valued:
        found = lookup(path)
        if found[0] is not UNKNOWN:
            return found
        hit = imports.resolve_path(path)
        if hit is None:
            return found
        node, module_src, module_shown = hit
        value = evaluate(node, module_src)[0]
        if value is UNKNOWN:
            return found
        return value, (Evidence(module_shown, node.start_point[0] + 1, f"{path} = {to_display(value)}"),)

    return read


def _lookups(root: TSNode, src: bytes, shown: str, scopes: dict[int, Lookup] | None = None,
             imports: Imports | None = None) -> tuple[Lookup, Callable[[TSNode], Lookup]]:
    """The whole module's state (for JSX outside any component), and the state of the component around a JSX
    element (two components of a file may both have an `agree`); each read on first use, once. `scopes`: states
    read elsewhere, by where their component starts (a component built for one use: its props start its state);
    filled in place. `imports`: constants the page imports from the project, read where its own state says
    nothing."""
    scopes = scopes if scopes is not None else {}
    module: list[Scope] = []

    def module_state(path: str) -> Valued:
        if not module:  # three walks of the tree that a file whose JSX all sits in components never needs
            module.append(read_state(root, src, shown))
        return module[0].lookup(path)

    module_lookup = _with_constants(module_state, imports) if imports is not None else module_state

    def lookup_for(jsx: TSNode) -> Lookup:
        component = component_of(jsx)
        if component is None:
            return module_lookup
        key = component.start_byte
        if key not in scopes:
            own = read_state(root, src, shown, component).lookup
            scopes[key] = _with_constants(own, imports) if imports is not None else own
        return scopes[key]

    return module_lookup, lookup_for


def _imported(root: TSNode, src: bytes, path: Path, src_root: Path | None, depth: int,
              display: Callable[[Path], str]) -> Imported | None:
    """The project components `path` imports (imported.py), or None when it imports none."""
    from lint.frontends.taro.imported import Imported
    from lint.frontends.taro.modules import project_imports

    names = project_imports(root, src)
    if not names:
        return None

    def build(module: ImportedModule, function: TSNode, given: dict[str, Valued], open_ended: bool,
              inner_depth: int) -> tuple[list[tuple[int, Node]], set[int]]:
        return component_nodes(module, function, given, open_ended, inner_depth, src_root, display)

    return Imported(names, path.parent, src_root, depth, build)


class _Parts:
    """What building any component of one module reads that no use changes, read once per process: its imports,
    handlers, and the state of each component whose start-up state reads no prop (most: `useState(false)`)."""

    def __init__(self, root: TSNode, src: bytes) -> None:
        from lint.frontends.taro.toggles import Handlers

        self.imports = _imports(root, src)
        self.handlers = Handlers(root, src)
        self.states: dict[int, Scope] = {}


_PARTS: dict[tuple[str, bytes], _Parts] = {}
_MAX_PARTS = 64


def _parts(root: TSNode, src: bytes, shown: str) -> _Parts:
    """By file and bytes: the states' evidence names the file."""
    found = _PARTS.get((shown, src))
    if found is None:
        if len(_PARTS) >= _MAX_PARTS:
            _PARTS.pop(next(iter(_PARTS)))
        found = _PARTS[(shown, src)] = _Parts(root, src)
    return found


def component_nodes(module: ImportedModule, function: TSNode, given: dict[str, Valued], open_ended: bool,
                    depth: int, src_root: Path | None, display: Callable[[Path], str],
                    ) -> tuple[list[tuple[int, Node]], set[int]]:
    """A component of another module built with the props one use passes: its nodes in document order with
    where each starts, and the toggles whose label cannot be known. Its own styles are left out: what the use
    takes is toggles' state and label and what shows at all."""
    from lint.frontends.taro.components import Props, default_props, props_lookup, props_of

    root, src = module.tree.root_node, module.src
    shown = display(module.path)
    parts = _parts(root, src, shown)
    components, _, modules = parts.imports
    scopes: dict[int, Lookup] = {}
    module_lookup, lookup_for = _lookups(root, src, shown, scopes)
    if not open_ended:  # what the use leaves out takes `X.defaultProps` (unknown while any prop may be passed)
        given = {**default_props(root, src, function, module_lookup, shown), **given}
    param, props = props_of(function), Props(given, open_ended)
    names = {param.split(".")[0]} if isinstance(param, str) else {local.split(".")[0] for _, local, _ in param or ()}
    read: list[bool] = []

    def reads(base: Lookup) -> Lookup:
        inner = props_lookup(param, props, base, src, shown)

        def lookup(path: str) -> Valued:
            if path.partition(".")[0] in names:
                read.append(True)  # the state reads a prop: it is this use's, not the component's
            return inner(path)

        return lookup

    body = function.child_by_field_name("body") or function
    component = component_of(body)
    if component is not None:
        state = parts.states.get(component.start_byte)
        if state is None:
            state = read_state(root, src, shown, component, reads)
            if not read:
                parts.states[component.start_byte] = state
        scopes[component.start_byte] = state.lookup
    lookup = props_lookup(param, props, lookup_for(body), src, shown)
    builder = JsxBuilder(shown, src, module_lookup, Cascade(()), components, modules, 1.0, lookup_for)
    builder.imported = _imported(root, src, module.path, src_root, depth, display)
    doc = builder.build(root, parts.handlers, module.tree.language, component=(function, lookup))
    nodes = [(builder.starts[id(node)], node) for node in builder.order]
    unknown = set(builder.unknown_labels)
    doc.roots.clear()
    return nodes, unknown


def context_files(path: Path) -> list[Path]:
    """Files this unit may read (its cache key); see `lint.cache_context`."""
    from lint.frontends.vue.context import taro_context

    return taro_context(path)

"""Where a Taro page's project components live: its imports of the project's own files, resolved as the bundler
resolves them, and the function or class component each exports (imported.py builds them per use).

Relative specifiers and the `@/` alias Taro projects set to `src/`: the file, then with `.tsx`/`.jsx`/`.ts`/`.js`,
then its folder's `index`; the default export or a named one (`export function`, `export const`, `export { X }`,
re-exports `export { default as X } from './X'` and `export * from`, up to four hops). A class component is its
`render()`. `context` lists the files that may be read, for the unit's cache key.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lint.frontends.mini.jsnodes import text
from lint.source import SourceError, read_source

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode
    from tree_sitter import Tree

SCRIPT_EXTS = (".tsx", ".jsx", ".ts", ".js")
#: Re-exports followed from one specifier (`components/index.ts` → `./Agreement` → …).
_MAX_REEXPORTS = 4
_FUNCTIONS = ("arrow_function", "function_expression", "function", "function_declaration")


class Import(NamedTuple):
    specifier: str
    export: str  # "default", or the exported name


def project_imports(root: TSNode, src: bytes) -> dict[str, Import]:
    """Capitalised local names imported from the project's own files (`./`, `../`, `/`, `@/`), not packages."""
    found: dict[str, Import] = {}
    for statement in root.named_children:
        if statement.type != "import_statement":
            continue
        source_node = statement.child_by_field_name("source")
        clause = next((c for c in statement.named_children if c.type == "import_clause"), None)
        if source_node is None or clause is None:
            continue
        specifier = text(source_node, src).strip("'\"`")
        if not specifier.startswith((".", "/", "@/")) or specifier.endswith((".css", ".scss", ".sass", ".less",
                                                                           ".styl", ".png", ".jpg", ".svg")):
            continue
        for part in clause.named_children:
            if part.type == "identifier":
                found[text(part, src)] = Import(specifier, "default")
            elif part.type == "named_imports":
                for spec in part.named_children:
                    name, alias = spec.child_by_field_name("name"), spec.child_by_field_name("alias")
                    if name is not None:
                        found[text(alias or name, src)] = Import(specifier, text(name, src))
    return {name: imported for name, imported in found.items() if name[:1].isupper()}


def candidates(specifier: str, base: Path, src_root: Path | None) -> Iterator[Path]:
    """Where the bundler looks for `specifier`, in its order."""
    if specifier.startswith("@/"):
        if src_root is None:
            return
        target = src_root / specifier[2:]
    elif specifier.startswith("/"):
        if src_root is None:
            return
        target = src_root / specifier.lstrip("/")
    else:
        target = base / specifier
    target = Path(os.path.normpath(target))  # shown in evidence: no `pages/login/../../components`
    if target.suffix in SCRIPT_EXTS:
        yield target
    for ext in SCRIPT_EXTS:
        yield target.with_name(target.name + ext)
    for ext in SCRIPT_EXTS:
        yield target / f"index{ext}"


def resolve(specifier: str, base: Path, src_root: Path | None) -> Path | None:
    return next((path for path in candidates(specifier, base, src_root) if path.is_file()), None)


class Module(NamedTuple):
    path: Path
    src: bytes
    tree: Tree


@functools.lru_cache(maxsize=64)
def _parsed(data: bytes, tsx: bool) -> Tree | None:
    """A component module's tree, once per process (every page using `Agreement` reads the same file)."""
    from lint.frontends.taro.page import parse_jsx
    from lint.frontends.ts import first_error, parser

    tree = parse_jsx(parser("tsx" if tsx else "javascript"), data)
    return tree if first_error(tree.root_node) is None else None  # a broken file reports itself, in its own unit


def load(path: Path) -> Module | None:
    try:
        data = read_source(path).data
    except SourceError:
        return None
    tree = _parsed(data, path.suffix in (".tsx", ".ts"))
    return Module(path, data, tree) if tree is not None else None


def exported(module: Module, export: str, src_root: Path | None,
             depth: int = 0) -> tuple[Module, TSNode] | None:
    """The function component `module` exports as `export` (following re-exports)."""
    from lint.frontends.taro.components import local_functions, unwrapped

    src, root = module.src, module.tree.root_node
    functions = {**_classes(root, src), **local_functions(root, src)}
    stars: list[str] = []  # `export * from './X'`: searched after the module's own exports
    for statement in root.named_children:
        if statement.type != "export_statement":
            continue
        source = statement.child_by_field_name("source")
        if source is not None and any(c.type == "*" for c in statement.children) \
                and not any(c.type == "namespace_export" for c in statement.named_children):
            stars.append(text(source, src).strip("'\"`"))
            continue
        declared = statement.child_by_field_name("declaration")
        value = statement.child_by_field_name("value")
        is_default = any(c.type == "default" for c in statement.children)
        if export == "default" and is_default:
            target = declared if declared is not None else value
            if target is None:
                return None
            target = unwrapped(target, src)
            if target.type in _FUNCTIONS:
                return module, target
            if target.type in _CLASSES:
                found = _render(target)
                return (module, found) if found is not None else None
            if target.type == "identifier":
                found = functions.get(text(target, src))
                return (module, found) if found is not None else None
            return None
        if declared is not None and not is_default:
            names = _declared_names(declared, src)
            if export in names:
                found = functions.get(export)
                return (module, found) if found is not None else None
            continue
        clause = next((c for c in statement.named_children if c.type == "export_clause"), None)
        if clause is None:
            continue
        for spec in clause.named_children:
            name, alias = spec.child_by_field_name("name"), spec.child_by_field_name("alias")
            if name is None or text(alias or name, src) != export:
                continue
            inner = text(name, src)
            if source is None:  # `export { Agreement }`, `export { Agreement as default }`
                found = functions.get(inner)
                return (module, found) if found is not None else None
            if depth >= _MAX_REEXPORTS:
                return None
            return _reexported(text(source, src).strip("'\"`"), inner, module, src_root, depth)
    if export == "default" or depth >= _MAX_REEXPORTS:
        return None  # `export *` does not pass a default on
    for specifier in stars:
        through = _reexported(specifier, export, module, src_root, depth)
        if through is not None:
            return through
    return None


def _reexported(specifier: str, export: str, module: Module, src_root: Path | None,
                depth: int) -> tuple[Module, TSNode] | None:
    target = resolve(specifier, module.path.parent, src_root)
    loaded = load(target) if target is not None else None
    return exported(loaded, export, src_root, depth + 1) if loaded is not None else None


_CLASSES = ("class_declaration", "class")


def _render(cls: TSNode) -> TSNode | None:
    """A class component's `render()` method."""
    body = cls.child_by_field_name("body")
    for member in body.named_children if body is not None else ():
        name = member.child_by_field_name("name")
        if member.type == "method_definition" and name is not None and name.text == b"render":
            return member
    return None


def _classes(root: TSNode, src: bytes) -> dict[str, TSNode]:
    """Class components declared at the top of the module (exported or not), by name: their `render()`."""
    found: dict[str, TSNode] = {}
    for statement in root.named_children:
        target = statement.child_by_field_name("declaration") if statement.type == "export_statement" else statement
        name = target.child_by_field_name("name") if target is not None and target.type in _CLASSES else None
        render = _render(target) if name is not None and target is not None else None
        if name is not None and render is not None:
            found[text(name, src)] = render
    return found


def _declared_names(declared: TSNode, src: bytes) -> set[str]:
    if declared.type in ("function_declaration", *_CLASSES):
        name = declared.child_by_field_name("name")
        return {text(name, src)} if name is not None else set()
    names: set[str] = set()
    if declared.type in ("lexical_declaration", "variable_declaration"):
        for declarator in declared.named_children:
            name = declarator.child_by_field_name("name") if declarator.type == "variable_declarator" else None
            if name is not None and name.type == "identifier":
                names.add(text(name, src))
    return names


#: `import X from '…'`, `import { X } from '…'`, `export { X } from '…'`: for the cache key, scanned, not parsed.
_SPECIFIER = re.compile(rb"""\b(?:import|export)\s+(?:type\s+)?[\w{}\s,*$]*?\bfrom\s+["']([^"'\n]+)["']""")
#: Component files followed for one unit's cache key.
_MAX_CONTEXT = 64


def context(path: Path, data: bytes, src_root: Path | None) -> list[Path]:
    """The files the components `path` uses may be read from (the unit's cache key, `lint.cache_context`): each
    project specifier's candidates up to the one that exists (creating an earlier one changes what is read),
    and the same for that file's own imports and re-exports."""
    found: dict[Path, None] = {}
    queue = [(path, data)]
    while queue and len(found) < _MAX_CONTEXT:
        current, content = queue.pop()
        for raw in _SPECIFIER.findall(content):
            specifier = raw.decode("utf-8", "replace")
            if not specifier.startswith((".", "/", "@/")):
                continue
            for candidate in candidates(specifier, current.parent, src_root):
                if candidate in found:
                    break
                found[candidate] = None
                if candidate.is_file():
                    with contextlib.suppress(SourceError):  # unreadable: the build cannot read it either
                        queue.append((candidate, read_source(candidate).data))
                    break
    return list(found)

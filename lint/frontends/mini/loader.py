"""Loads a page's or component's script, with the `Behavior`s it mixes in from other files.

Behaviors are resolved the way the bundler would: a local `const b = Behavior({...})`, or an
identifier bound by `import b from './b'` / `const b = require('../b')` (relative, or absolute
from the mini-program root). Behavior data comes first; the component's own data overrides it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from lint.frontends.mini.dialects import SCRIPT_EXTS
from lint.frontends.mini.files import is_file
from lint.frontends.mini.imported import Found, Imports
from lint.frontends.mini.jsnodes import callee, members, text, unwrap, walk
from lint.frontends.mini.lifecycle import apply_lifecycles
from lint.frontends.mini.script import Script, option_objects, read_options
from lint.model import Document
from lint.source import SourceError, read_source

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode
    from tree_sitter import Tree

_MAX_BEHAVIOR_DEPTH = 4


#: Recent scripts' trees by grammar and bytes: a component's script is loaded by every page (unit) that uses it.
#: Trees are never edited, so sharing is safe; the bytes are read each time, so a changed file is parsed again.
_TREES: dict[tuple[bool, bytes], Tree] = {}
_TREES_MAX = 64
_TREES_BYTES = 2_000_000  # and at most this much source in all (see mask._PARSED_BYTES)


def _parse(path: Path) -> tuple[Tree, bytes]:
    from lint.frontends.ts import keep_recent, parser

    data = read_source(path).data
    key = (path.suffix == ".ts", data)
    tree = _TREES.get(key)
    if tree is None:
        tree = parser("typescript" if key[0] else "javascript").parse(data)
        keep_recent(_TREES, key, tree, lambda k: len(k[1]), _TREES_MAX, _TREES_BYTES)
    return tree, data


def _bindings(root: TSNode, src: bytes) -> dict[str, TSNode | str]:
    """Top-level names bound to a `Behavior({...})` call (the node) or to an imported module (its path)."""
    found: dict[str, TSNode | str] = {}
    for statement in root.named_children:
        if statement.type == "import_statement":
            source = statement.child_by_field_name("source")
            if source is None:
                continue
            for node in walk(statement):
                if node.type == "identifier":
                    found[text(node, src)] = text(source, src)[1:-1]
        elif statement.type in ("lexical_declaration", "variable_declaration"):
            for declarator in statement.named_children:
                name, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
                if name is None or value is None:
                    continue
                value = unwrap(value)
                fn = callee(value, src) if value.type == "call_expression" else ""
                args = value.child_by_field_name("arguments") if fn else None
                if fn == "require" and args is not None and args.named_children:
                    found[text(name, src)] = text(args.named_children[0], src)[1:-1]
                elif fn == "Behavior":
                    found[text(name, src)] = value
    return found


def _module(spec: str, importer: Path, root: Path | None) -> Path | None:
    base = (root or importer.parent) / spec.lstrip("/") if spec.startswith("/") else importer.parent / spec
    base = Path(os.path.normpath(base))  # `pages/a/../../behaviors/x.js` would show up in evidence
    if base.suffix in SCRIPT_EXTS and base.is_file():
        return base
    for candidate in (*(base.with_name(base.name + ext) for ext in SCRIPT_EXTS),
                      *(base / f"index{ext}" for ext in SCRIPT_EXTS)):
        if candidate.is_file():
            return candidate
    return None


class ScriptLoader:
    def __init__(self, display: Callable[[Path], str], docs: list[Document], root: Path | None) -> None:
        self.display = display
        self.docs = docs
        self.root = root

    def load(self, script_path: Path) -> Script:
        script = Script()
        shown = self.display(script_path)
        try:
            tree, src = _parse(script_path)
        except SourceError as exc:
            self.docs.append(Document(shown, errors=[(exc.line, exc.column, exc.message)]))
            return script
        from lint.frontends.ts import first_error

        broken = first_error(tree.root_node)
        if broken is not None:
            # Facts from a broken script are unknown; the template is still linted.
            from lint.textpos import LineIndex

            self.docs.append(Document(shown, errors=[(*LineIndex(src).point(*broken.start_point),
                                                      "script syntax error")]))
            return script
        self._read(tree.root_node, src, script_path, script, 0, lifecycles=True)
        from lint.frontends.mini.stores import MARKERS, store_fields, unbind

        if any(marker in src for marker in MARKERS):
            unbind(script.data, store_fields(tree.root_node, src))  # a store fills them: unknown at first render
        return script

    def _read(self, root: TSNode, src: bytes, path: Path, script: Script, depth: int, lifecycles: bool,
              only: TSNode | None = None) -> None:
        bindings: dict[str, TSNode | str] | None = None
        shown = self.display(path)
        imports = Imports(root, src, lambda spec: self._imported(spec, path))
        for _, options in option_objects(root, src) if only is None else [("Behavior", only)]:
            listed = list(members(options, src))
            for name, value, _ in listed:
                if name != "behaviors" or unwrap(value).type != "array" or depth >= _MAX_BEHAVIOR_DEPTH:
                    continue
                bindings = _bindings(root, src) if bindings is None else bindings
                for item in unwrap(value).named_children:
                    bound = bindings.get(text(item, src)) if item.type == "identifier" else None
                    if isinstance(bound, str):
                        self._behavior_file(bound, path, script, depth + 1)
                    elif bound is not None:
                        args = bound.child_by_field_name("arguments")
                        if args is not None and args.named_children:
                            self._read(root, src, path, script, depth + 1, False, unwrap(args.named_children[0]))
            read_options(options, src, shown, script, listed, imports.resolve)
            if lifecycles:
                apply_lifecycles(options, src, shown, script.data, listed)

    def _imported(self, spec: str, importer: Path) -> Found | None:
        """A module the script imports, found as behaviors are (relative, or absolute from the root)."""
        target = _module(spec, importer, self.root)
        if target is None:
            return None
        try:
            tree, src = _parse(target)
        except SourceError:
            return None  # the module reports its own problems when it is linted
        return None if tree.root_node.has_error else (tree.root_node, src, self.display(target))

    def _behavior_file(self, spec: str, importer: Path, script: Script, depth: int) -> None:
        target = _module(spec, importer, self.root)
        if target is None:
            return
        try:
            tree, src = _parse(target)
        except SourceError:
            return  # the behavior file reports its own problems when it is linted
        if tree.root_node.has_error:
            return
        for name, options in option_objects(tree.root_node, src):
            if name == "Behavior":
                self._read(tree.root_node, src, target, script, depth, False, options)


def script_for(template: Path) -> Path | None:
    where = str(template)
    stem = where[: len(where) - len(template.suffix)]
    for ext in SCRIPT_EXTS:
        if is_file(stem + ext):  # not `with_suffix(ext).is_file()`: a Path per guess
            return template.with_suffix(ext)
    return None

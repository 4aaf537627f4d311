"""Constants a page's script reads from a project module: `data: { agreed: config.defaultAgree }`.

App-wide switches often live in a module the pages require::

    // config/index.js                        // pages/login/login.js
    module.exports = { defaultAgree: true }    const config = require('../../config/index')
                                               Page({ data: { agreed: config.defaultAgree } })

It is code shipped with the page, not runtime data, so such a value is read the way a top-level constant of
the page's own file is (script.py). Only what the module writes as a literal is read: an object literal
assigned to `module.exports` (and `exports.x = …`), `export default {…}`, `export const x = …`, or a
top-level `const` one of them names. Anything else is unknown: a value computed or fetched, a key the
module or the page assigns again anywhere (`config.defaultAgree = wx.getStorageSync(…)`), a package
(a bare specifier), a re-export. Only specifiers starting with `.` or `/` are followed: the cache key lists
exactly those (lint/cache_context.py), so an edit of the module relints the page.

How a binding sees the module follows the bundlers' interop: `require()` of a CommonJS module and its default
import are `module.exports`; `require()` of an ES module is its namespace, its default import the default export.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from lint.frontends.mini.jsnodes import callee, members, text, unwrap
from lint.frontends.mini.script import CONSTANT_TYPES, named_constants

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

#: (a value's node, its file's bytes, that file as shown in evidence)
Found = tuple["TSNode", bytes, str]
#: The page's data value node and its source -> where its constant is written, or None (not known).
Resolver = Callable[["TSNode", bytes], "Found | None"]
#: A specifier -> the module's tree root, bytes and shown path, or None (not in the project, or broken).
Loader = Callable[[str], "Found | None"]
#: A path inside a module's value no deeper than this (`config.switches.login.agree`).
_MAX_STEPS = 4
#: What the module gives a binding: the whole module as `require` sees it, its default import, or one export.
_WHOLE, _DEFAULT = "", "\0default"


class _Module:
    """One module's exports, read from its top-level statements. A key defined twice is left out (unknown)."""

    __slots__ = ("assigned", "commonjs", "default", "named", "src")

    def __init__(self, root: TSNode, src: bytes) -> None:
        self.src = src
        self.commonjs: dict[str, TSNode | None] = {}  # module.exports.key
        self.named: dict[str, TSNode | None] = {}  # export const key
        self.default: TSNode | None = None
        #: Keys `exports.key = …` defines: that statement is one `.key =` the module may write.
        self.assigned: set[str] = set()
        whole: TSNode | None = None
        wholes = 0  # `module.exports = …` statements: after two, which object the page gets is not known here
        constants: dict[str, TSNode] | None = None
        for statement in root.named_children:
            if statement.type == "expression_statement" and statement.named_children:
                assigned = statement.named_children[0]
                if assigned.type != "assignment_expression":
                    continue
                left, right = assigned.child_by_field_name("left"), assigned.child_by_field_name("right")
                if left is None or right is None:
                    continue
                target = text(left, src)
                if target == "module.exports":
                    whole, wholes = unwrap(right), wholes + 1
                elif target.startswith(("module.exports.", "exports.")) and left.type == "member_expression":
                    key = target.rsplit(".", 1)[1]
                    _define(self.commonjs, key, unwrap(right))
                    self.assigned.add(key)
            elif statement.type == "export_statement":
                value = statement.child_by_field_name("value")
                declaration = statement.child_by_field_name("declaration")
                if value is not None:
                    self.default = unwrap(value)
                elif declaration is not None and declaration.type == "lexical_declaration" and \
                        declaration.child(0) is not None and declaration.child(0).type == "const":
                    for declarator in declaration.named_children:
                        name, init = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
                        if name is not None and init is not None and name.type == "identifier":
                            _define(self.named, text(name, src), unwrap(init))
                elif statement.child_by_field_name("source") is None:
                    for clause in statement.named_children:
                        if clause.type != "export_clause":
                            continue
                        constants = named_constants(root, src) if constants is None else constants
                        for spec in clause.named_children:
                            name, alias = spec.child_by_field_name("name"), spec.child_by_field_name("alias")
                            if name is not None:
                                _define(self.named, text(alias or name, src), constants.get(text(name, src)))
        if wholes > 1:
            self.commonjs = {}
        elif whole is not None:
            whole = self.constant(whole, root)
            if whole is not None and whole.type == "object":
                for key, value, member in members(whole, src):
                    _define(self.commonjs, key, unwrap(value) if member.type != "method_definition" else None)
        if self.default is not None:
            self.default = self.constant(self.default, root)

    def constant(self, node: TSNode, root: TSNode) -> TSNode | None:
        """`module.exports = config` / `export default config`: the top-level `const config = {...}`."""
        if node.type == "identifier":
            return named_constants(root, self.src).get(text(node, self.src))
        return node

    @property
    def esm(self) -> bool:
        return bool(self.named) or self.default is not None


def _define(table: dict[str, TSNode | None], key: str, node: TSNode | None) -> None:
    table[key] = None if key in table else node


class Imports:
    """The page script's bindings to project modules, read on first use (most data values are literals)."""

    def __init__(self, root: TSNode, src: bytes, load: Loader, prefixes: tuple[str, ...] = (".", "/")) -> None:
        self.root, self.src, self.load = root, src, load
        #: Specifiers that name a project file (Taro adds its `@/` alias to `src/`); the cache key lists them.
        self.prefixes = prefixes
        self._bindings: dict[str, tuple[str, str]] | None = None
        self._modules: dict[str, tuple[_Module, str] | None] = {}

    def resolve(self, value: TSNode, src: bytes) -> Found | None:
        if src is not self.src or value.type not in ("identifier", "shorthand_property_identifier",
                                                     "member_expression"):
            return None
        return self.resolve_path(text(value, src).replace(" ", ""))

    def resolve_path(self, path: str) -> Found | None:
        """Where `config.defaultAgree` (a dotted path from an imported binding) is written, or None."""
        src = self.src
        steps = path.split(".")
        if len(steps) > _MAX_STEPS + 1 or not all(_NAME.match(step) for step in steps):
            return None  # `config['x']`, `config.get()`: not a plain path
        if self._bindings is None:
            self._bindings = _bindings(self.root, src) if b"require" in src or b"import" in src else {}
        bound = self._bindings.get(steps[0])
        if bound is None or any(_reassigned(src, step) for step in steps[1:]):
            return None
        spec, export = bound
        loaded = self._load(spec)
        if loaded is None:
            return None
        module, shown = loaded
        keys = steps[1:]
        if export not in (_WHOLE, _DEFAULT):
            keys = [export, *keys]
        if not keys:
            return None  # the whole module as data: not read
        first, rest = keys[0], keys[1:]
        if any(_reassigned(module.src, key) > (key == first and key in module.assigned) for key in keys):
            return None  # assigned again in the module (`exports.x = …` once is its definition)
        if module.esm:
            node = module.named.get(first) if export != _DEFAULT else _member(module.default, first, module.src)
        else:
            node = module.commonjs.get(first)
        for key in rest:
            node = _member(node, key, module.src)
        if node is None or node.type not in CONSTANT_TYPES:
            return None
        return node, module.src, shown

    def _load(self, spec: str) -> tuple[_Module, str] | None:
        if spec in self._modules:
            return self._modules[spec]
        loaded = self.load(spec) if spec.startswith(self.prefixes) else None
        found = (_module_exports(loaded[0], loaded[1]), loaded[2]) if loaded is not None else None
        self._modules[spec] = found
        return found


_NAME = re.compile(r"^[A-Za-z_$][\w$]*$")


def _member(node: TSNode | None, key: str, src: bytes) -> TSNode | None:
    if node is None or node.type != "object":
        return None
    found: TSNode | None = None
    for name, value, member in members(node, src):
        if name == key:
            found = unwrap(value) if member.type == "pair" else None  # a later key wins, as in JS
    return found


def _reassigned(src: bytes, key: str) -> int:
    """How often `.key = …` (or `.key += …`) is written: a byte scan, a false match only leaves a value unknown."""
    return len(re.findall(rb"\.\s*" + re.escape(key.encode()) + rb"\s*(?:[-+*/%&|^]|\?\?|&&|\|\|)?=(?![=>])", src))


#: Module tables by source bytes: a config module is required by most pages.
_EXPORTS: dict[bytes, _Module] = {}


def _module_exports(root: TSNode, src: bytes) -> _Module:
    found = _EXPORTS.get(src)
    if found is None:
        if len(_EXPORTS) >= 64:
            del _EXPORTS[next(iter(_EXPORTS))]
        found = _EXPORTS[src] = _Module(root, src)
    return found


def _bindings(root: TSNode, src: bytes) -> dict[str, tuple[str, str]]:
    """Top-level names bound to a module: name -> (specifier, what of it: `_WHOLE`, `_DEFAULT` or an export)."""
    found: dict[str, tuple[str, str]] = {}
    for statement in root.named_children:
        if statement.type == "import_statement":
            source = statement.child_by_field_name("source")
            clause = next((c for c in statement.named_children if c.type == "import_clause"), None)
            if source is None or clause is None:
                continue
            spec = text(source, src)[1:-1]
            for part in clause.named_children:
                if part.type == "identifier":
                    found[text(part, src)] = (spec, _DEFAULT)
                elif part.type == "namespace_import" and part.named_children:
                    found[text(part.named_children[0], src)] = (spec, _WHOLE)
                elif part.type == "named_imports":
                    for named in part.named_children:
                        name, alias = named.child_by_field_name("name"), named.child_by_field_name("alias")
                        if name is not None:
                            found[text(alias or name, src)] = (spec, text(name, src))
        elif statement.type == "lexical_declaration" and statement.child(0) is not None \
                and statement.child(0).type == "const":
            for declarator in statement.named_children:
                name, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
                if name is None or value is None:
                    continue
                value = unwrap(value)
                args = value.child_by_field_name("arguments") if value.type == "call_expression" else None
                if args is None or callee(value, src) != "require" or not args.named_children \
                        or args.named_children[0].type != "string":
                    continue
                spec = text(args.named_children[0], src)[1:-1]
                if name.type == "identifier":
                    found[text(name, src)] = (spec, _WHOLE)
                elif name.type == "object_pattern":  # `const { defaultAgree, marketing: m } = require(…)`
                    for part in name.named_children:
                        if part.type == "shorthand_property_identifier_pattern":
                            found[text(part, src)] = (spec, text(part, src))
                        elif part.type == "pair_pattern":
                            key, alias = part.child_by_field_name("key"), part.child_by_field_name("value")
                            if key is not None and alias is not None and alias.type == "identifier":
                                found[text(alias, src)] = (spec, text(key, src))
    return found

"""Options-API mixins: `mixins: [agreeMixin]` with `import agreeMixin from '@/mixins/agree.js'`.

Vue merges a mixin's `data()` under the component's own (the component's keys win), so a flag a shared mixin
starts `true` (`isAgree: true` in a login mixin every sign-in page uses) is the page's first-render state.
Only mixins the project itself defines are read (a default export of an object literal, a `Vue.extend`/
`defineComponent` of one, or a constant holding one); a package's mixin, a computed one or one nested in
another mixin stays unknown: its keys are simply not known.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

    from lint.frontends.vue.project import Project
    from lint.frontends.vue.script import ComponentState

#: A component lists a few mixins; a longer list is not read past this.
MAX_MIXINS = 8
_SUFFIXES = ("", ".js", ".ts", "/index.js", "/index.ts")


def loader(project: Project | None, base: Path, display: Callable[[Path], str]
           ) -> Callable[[str], tuple[bytes, str] | None]:
    """Reads a mixin's module by its import specifier, relative to the component (`base`: its folder)."""

    def load(specifier: str) -> tuple[bytes, str] | None:
        path = module_file(project, specifier, base)
        if path is None:
            return None
        from lint.source import SourceError, read_source

        try:
            return read_source(path).data, display(path)
        except SourceError:
            return None

    return load


def module_file(project: Project | None, specifier: str, base: Path) -> Path | None:
    """The project's script module an import names (`@/mixins/agree`, `../../mixins/agree.js`), or None."""
    if specifier.startswith("@/") and project is not None:
        stem = project.root / specifier[2:]
    elif specifier.startswith("."):
        stem = base / specifier
    else:
        return None  # a package: not the project's own
    for suffix in _SUFFIXES:
        candidate = Path(f"{stem}{suffix}")
        if candidate.suffix in (".js", ".ts") and candidate.is_file():
            return candidate
    return None


def apply_mixins(mixins: TSNode, src: bytes, state: ComponentState) -> list[tuple[dict[str, TSNode], bytes, str]]:
    """Puts each listed mixin's `data()` into the component's scope (before the component's own data), and returns
    each mixin's options (with its bytes and shown path): its hooks run before the component's, after all data is
    set (`created() { this.isAgree = uni.getStorageSync('agreed') }` leaves the key unknown)."""
    from lint.frontends.vue.script import _pairs, _text, returned_object

    found: list[tuple[dict[str, TSNode], bytes, str]] = []
    if mixins.type != "array" or state.load_module is None:
        return found
    for item in mixins.named_children[:MAX_MIXINS]:
        specifier = state.imports.get(_text(item, src)) if item.type == "identifier" else None
        loaded = state.load_module(specifier) if specifier else None
        if loaded is None:
            continue
        data, shown = loaded
        options = _exported_object(data, shown)
        if options is None:
            continue
        pairs = _pairs(options, data)
        value = pairs.get("data")
        obj = value if value is None or value.type == "object" else returned_object(value)
        if obj is not None:
            state.scope.put_object(obj, data, shown, "", "data")
        found.append((pairs, data, shown))
    return found


def _exported_object(data: bytes, shown: str) -> TSNode | None:
    from lint.frontends.ts import parser
    from lint.frontends.vue.script import _WRAPPERS, _text

    tree = parser("typescript" if shown.endswith(".ts") else "javascript").parse(data)
    constants: dict[str, TSNode] = {}
    for statement in tree.root_node.named_children:
        if statement.type in ("lexical_declaration", "variable_declaration"):
            for declarator in statement.named_children:
                name, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
                if name is not None and value is not None:
                    constants[_text(name, data)] = value
        elif statement.type == "export_statement":
            value = statement.child_by_field_name("value")
            if value is None:
                continue
            if value.type == "identifier":
                value = constants.get(_text(value, data))
            if value is not None and value.type == "call_expression":
                callee = value.child_by_field_name("function")
                args = value.child_by_field_name("arguments")
                if callee is None or _text(callee, data) not in _WRAPPERS or args is None:
                    return None
                value = args.named_children[0] if args.named_children else None
            return value if value is not None and value.type == "object" else None
    return None

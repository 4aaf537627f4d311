"""A page or component script's initial data: what `{{ }}` bindings read at first render.

`Page({data})`, `Component({data, properties})` (Alipay: `props`) and the `Behavior`s they mix in
are read from the syntax tree (no code runs), then the `this.setData({...})` calls that run
synchronously in `onLoad`/`onShow`/`created`/`attached`/`ready` are applied, in lifecycle order.
Every leaf records the line it came from, so a finding can say `data.isAgree = true` at
`pages/login/login.js:9`. A script that does not parse gives no data: its bindings stay unknown
and the template is still linted.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lint.finding import Evidence
from lint.frontends.expr import UNDEFINED, UNKNOWN, Lookup, Valued, evaluate, to_display
from lint.frontends.mini.handlers import HandlerTable
from lint.frontends.mini.jsnodes import Member, callee, first_object_arg, members, text, unwrap

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

    from lint.frontends.mini.imported import Resolver

_CALLS = frozenset({"Page", "Component", "Behavior"})
#: WeChat's property type constructors and the value a property of that type starts with.
_MAX_DATA_DEPTH = 32
_TYPE_DEFAULTS = {"Boolean": False, "Number": 0, "String": "", "Array": [], "Object": None}


class _Literal:
    """A top-level data value as written, evaluated (with its evidence) when first read: a page's
    template reads about a third of its data, and evaluating a literal (and showing it in the
    evidence) is most of what reading a script costs."""

    __slots__ = ("label", "node", "shown", "src")

    def __init__(self, node: TSNode, src: bytes, shown: str, label: str) -> None:
        self.node, self.src, self.shown, self.label = node, src, shown, label


@dataclass(slots=True)
class Data:
    """Initial data, flattened to dotted paths so nested keys (`form.agreed`) resolve.

    `values` may hold a `_Literal` not evaluated yet: read values through `lookup` or `get`."""

    values: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    #: Component property names: a use site's literal attribute values override these.
    properties: set[str] = field(default_factory=set)
    #: Top-level keys a lifecycle hook sets before the first render: what a use passes is overwritten there.
    rewritten: set[str] = field(default_factory=set)

    def lookup(self, path: str) -> Valued:
        if path in self.values:
            value = self.get(path)
            ev = self.evidence.get(path)
            return value, (ev,) if ev is not None else ()
        head = path.rsplit(".", 1)[0] if "." in path else ""
        if head and isinstance(self.get(head), dict):
            return UNDEFINED, ()  # a missing key of a known object literal reads as undefined
        return self._inside_list(path)

    def _inside_list(self, path: str) -> Valued:
        """`form.agreements.0.checked` (`form.agreements[0].checked`): objects are flattened to dotted paths, a list
        is kept whole; read the item at a known index of the nearest list above the path, then its keys."""
        parts = path.split(".")
        if not any(part.isdigit() for part in parts):
            return UNKNOWN, ()  # no index: no list is read into (most missing paths)
        for cut in range(len(parts) - 1, 0, -1):
            prefix = ".".join(parts[:cut])
            if prefix not in self.values:
                continue
            value: Any = self.get(prefix)
            if not isinstance(value, list):
                return UNKNOWN, ()
            for part in parts[cut:]:
                if isinstance(value, list) and part.isdigit() and int(part) < len(value):
                    value = value[int(part)]
                elif isinstance(value, dict) and part in value:
                    value = value[part]
                else:
                    return UNKNOWN, ()
            ev = self.evidence.get(prefix)
            return value, (ev,) if ev is not None else ()
        return UNKNOWN, ()

    def switches(self) -> frozenset[str]:
        """The Boolean properties: whether a box is ticked or a link shown (`checked`, `showLinks`) is the use's to
        decide, the default only what a use that passes nothing gets."""
        return frozenset(key for key in self.properties if type(self.get(key)) is bool)

    def alone(self, deciding: frozenset[str]) -> Lookup:
        """`lookup` as the component renders in its own file: the Boolean properties that decide a box's state or
        whether something shows (`deciding_switches`) unknown; graft.py reports at each use what they make of it.
        A component every page passes `checked="{{agreed}}"` was reported in its own file for the `value: true`
        no page shows. One that only styles (`class="{{round ? 'agree--round' : ''}}"`) keeps its default."""
        deciding = deciding - self.rewritten  # `attached() { this.setData({checked: true}) }`: known alone too
        if not deciding:
            return self.lookup

        def lookup(path: str) -> Valued:
            return (UNKNOWN, ()) if path.split(".", 1)[0] in deciding else self.lookup(path)

        return lookup

    def get(self, path: str) -> Any:
        """The value at `path` (evaluated now if it was left as written), or UNKNOWN."""
        value = self.values.get(path, UNKNOWN)
        if type(value) is _Literal:
            literal, value = value, evaluate(value.node, value.src)[0]
            self.values[path] = value
            line = literal.node.start_point[0] + 1
            self.evidence[path] = Evidence(literal.shown, line, f"{literal.label}.{path} = {to_display(value)}")
        return value

    def set(self, path: str, value: Any, evidence: Evidence | None, depth: int = 0) -> None:
        if "[" in path:  # `setData({'agreements[1].checked': false})`: the list is no longer the literal
            path, value, evidence = path.split("[", 1)[0], UNKNOWN, None
        prefix = path + "."
        for stale in [k for k in self.values if k.startswith(prefix)]:
            del self.values[stale]
            self.evidence.pop(stale, None)
        self.values[path] = value
        if evidence is None:
            self.evidence.pop(path, None)
        else:
            self.evidence[path] = evidence
        if isinstance(value, dict) and depth < _MAX_DATA_DEPTH:
            for key, inner in value.items():
                self.set(f"{path}.{key}", inner, evidence, depth + 1)


#: Attributes whose binding decides a box's state or whether an element shows (any dialect's `*:if`/`*:elif` too);
#: an image's `src` draws a hand-drawn box's look. A class decides only on a tapped element (a hand-drawn box).
#: Not `disabled`: unknown reads as not disabled, the default's reading, so it would only cost a graft per use.
_DECIDING = frozenset({"checked", "value", "hidden", "style", "src", "model:value", "v-if", "v-show"})
_TAPPED = frozenset({"bindtap", "catchtap", "bind:tap", "catch:tap", "ontap", "@tap", "@click"})
_TAG = re.compile(rb"<[A-Za-z][\w.-]*((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_ATTRIBUTE = re.compile(rb"""([\w:.@-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


@functools.lru_cache(maxsize=256)  # asked at every use of a component: its template is scanned once
def deciding_switches(template: bytes, switches: frozenset[str]) -> frozenset[str]:
    """The Boolean properties a template binds in a deciding attribute (`checked="{{agreed}}"`,
    `wx:if="{{showLinks}}"`, `hidden="{{!open}}"`, the class of a tapped box), not only to style or word it."""
    if not switches:
        return frozenset()
    found: set[str] = set()
    for tag in _TAG.finditer(template):
        attributes = [(m.group(1).decode("ascii", "replace"), m.group(2) or m.group(3) or b"")
                      for m in _ATTRIBUTE.finditer(tag.group(1))]
        tapped = any(name.lower() in _TAPPED for name, _ in attributes)
        for name, raw in attributes:
            if name in _DECIDING or name.endswith((":if", ":elif")) or (tapped and name == "class"):
                value = raw.decode("utf-8", "replace")
                if "{{" in value:
                    found |= {key for key in switches if re.search(rf"(?<![\w$.]){re.escape(key)}(?![\w$])", value)}
    return frozenset(found)


@dataclass(slots=True)
class Script:
    """What the template needs from its script: initial data, handlers and component options."""

    data: Data = field(default_factory=Data)
    handlers: HandlerTable = field(default_factory=HandlerTable)
    #: `options.styleIsolation` (or "apply-shared" for `addGlobalClass: true`); None when unset.
    style_isolation: str | None = None
    #: The identifiers listed in `behaviors: [...]`, resolved by the caller (they may be imports).
    behaviors: list[str] = field(default_factory=list)
    #: `externalClasses: ['text-class']`: class names a use site fills with its own classes (external.py).
    external_classes: tuple[str, ...] = ()


def named_objects(node: TSNode, src: bytes) -> dict[str, TSNode]:
    """Top-level `const defaults = {...}` of the file holding `node`: `data: {...defaults}` reads them."""
    return _top_level(node, src, frozenset({"object"}), const_only=False)


CONSTANT_TYPES = frozenset({"true", "false", "number", "string", "null", "object", "array"})


def named_constants(node: TSNode, src: bytes) -> dict[str, TSNode]:
    """Top-level `const DEFAULT_AGREED = true` / `const DEFAULTS = {...}` of the file holding `node`:
    `data: {agreed: DEFAULT_AGREED, form: DEFAULTS}` reads them (a `const` keeps its value; `let`/`var` may
    be reassigned before the page is created)."""
    return _top_level(node, src, CONSTANT_TYPES, const_only=True)


def _top_level(node: TSNode, src: bytes, types: frozenset[str], const_only: bool) -> dict[str, TSNode]:
    """Name -> value of the file's top-level declarations whose value is of one of `types`."""
    root = node
    while root.parent is not None:
        root = root.parent
    found: dict[str, TSNode] = {}
    for statement in root.named_children:
        if statement.type not in ("lexical_declaration", "variable_declaration"):
            continue
        keyword = statement.child(0)
        if const_only and (keyword is None or keyword.type != "const"):
            continue
        for declarator in statement.named_children:
            name, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
            if name is not None and value is not None and unwrap(value).type in types:
                found[text(name, src)] = unwrap(value)
    return found


def _spreads(obj: TSNode, src: bytes, named: dict[str, TSNode] | None) -> tuple[list[TSNode], dict[str, TSNode] | None]:
    """The named objects spread into `obj` (`{...defaults, step: 1}`), earliest first."""
    spread = [c for c in obj.named_children if c.type == "spread_element" and c.named_children
              and c.named_children[0].type == "identifier"]
    if not spread:
        return [], named
    named = named_objects(obj, src) if named is None else named
    return [named[t] for c in spread if (t := text(c.named_children[0], src)) in named], named


#: Data values that may name an imported constant (`defaultAgree`, `config.defaultAgree`).
_IMPORTABLE = frozenset({"identifier", "shorthand_property_identifier", "member_expression"})


def _flatten(obj: TSNode, src: bytes, shown: str, prefix: str, data: Data, label: str,
             imported: Resolver | None = None) -> None:
    """Iterative: data literals can nest deeper than Python's recursion limit (generated code). `imported` reads
    a constant of a project module the script imports (`agreed: config.defaultAgree`, imported.py)."""
    stack: list[tuple[TSNode, str, int, dict[str, Any] | None, bool]] = [(obj, prefix, 0, None, False)]
    named: dict[str, TSNode] | None = None
    constants: dict[str, TSNode] | None = None
    while stack:
        node, base, depth, holder, spread_done = stack.pop()
        spread, named = ([], named) if spread_done else _spreads(node, src, named)
        if spread and depth < _MAX_DATA_DEPTH:
            # Spread objects first, own members after (they win, as in JS).
            stack.append((node, base, depth, holder, True))
            stack.extend((inner, base, depth + 1, holder, False) for inner in reversed(spread))
            continue
        for key, value, _ in members(node, src):
            path = f"{base}{key}"
            value = unwrap(value)
            if value.type in ("identifier", "shorthand_property_identifier"):
                # `agreed: DEFAULT_AGREED`, `form: DEFAULTS`, `{ DEFAULTS }`: a top-level constant of the file.
                constants = named_constants(node, src) if constants is None else constants
                value = constants.get(text(value, src)) or value
            if imported is not None and value.type in _IMPORTABLE:
                found = imported(value, src)
                if found is not None:
                    node, module_src, module_shown = found
                    result = evaluate(node, module_src)[0]
                    if holder is not None:
                        holder[key] = result
                    note = f"{label}.{path} = {text(value, src)} = {to_display(result)}"
                    data.set(path, result, Evidence(module_shown, node.start_point[0] + 1, note))
                    continue
            if value.type == "object" and depth < _MAX_DATA_DEPTH:
                inner: dict[str, Any] = {}
                data.values[path] = inner
                if holder is not None:
                    holder[key] = inner
                stack.append((value, f"{path}.", depth + 1, inner, False))
                continue
            if holder is None and value.type != "object":
                data.values[path] = _Literal(value, src, shown, label)  # `Data.get` evaluates it
                continue
            result = evaluate(value, src)[0] if value.type != "object" else UNKNOWN
            data.values[path] = result
            if holder is not None:
                holder[key] = result
            data.evidence[path] = Evidence(shown, value.start_point[0] + 1, f"{label}.{path} = {to_display(result)}")


def _properties(obj: TSNode, src: bytes, shown: str, data: Data, alipay_style: bool) -> None:
    """`properties: {agreed: {type: Boolean, value: true}}`, `agreed: Boolean`, Alipay `props: {agreed: true}`."""
    for key, spec, member in members(obj, src):
        if member.type == "method_definition" or spec.type == "statement_block":
            continue  # Alipay event-callback props
        spec = unwrap(spec)
        line = spec.start_point[0] + 1
        if alipay_style:
            value = evaluate(spec, src)[0]
        elif spec.type == "identifier":
            value = _TYPE_DEFAULTS.get(text(spec, src), UNKNOWN)
        elif spec.type == "object":
            fields = {name: node for name, node, _ in members(spec, src)}
            if "value" in fields:
                value = evaluate(fields["value"], src)[0]
                line = fields["value"].start_point[0] + 1
            elif "type" in fields:
                value = _TYPE_DEFAULTS.get(text(fields["type"], src), UNKNOWN)
            else:
                value = UNKNOWN
        else:
            continue
        data.properties.add(key)
        if key not in data.values:
            label = "props" if alipay_style else "properties"
            data.set(key, value, Evidence(shown, line, f"{label}.{key} default = {to_display(value)}"))


def read_options(options: TSNode, src: bytes, shown: str, script: Script, listed: list[Member] | None = None,
                 imported: Resolver | None = None) -> None:
    """Reads one `Page`/`Component`/`Behavior` options object into `script` (later calls win); `imported` reads
    the constants of the project modules the script imports.

    `listed` is `list(members(options, src))` when the caller has it: each member costs several
    tree-sitter lookups, and the loader, this, the handlers and the lifecycles all walk them."""
    data = script.data
    listed = list(members(options, src)) if listed is None else listed
    for name, value, _ in listed:
        value = unwrap(value)
        if name == "data" and value.type in ("identifier", "shorthand_property_identifier"):
            value = named_objects(value, src).get(text(value, src), value)  # `data: initialData`, `{ data }`
        if name == "data" and value.type == "object":
            _flatten(value, src, shown, "", data, "data", imported)
        elif name == "externalClasses" and value.type == "array":
            script.external_classes += tuple(text(v, src)[1:-1] for v in value.named_children if v.type == "string")
        elif name == "behaviors" and value.type == "array":
            script.behaviors += [text(v, src) for v in value.named_children if v.type == "identifier"]
        elif name == "options" and value.type == "object":
            for option, setting, _ in members(value, src):
                if option == "styleIsolation" and setting.type == "string":
                    script.style_isolation = text(setting, src)[1:-1]
                elif option == "addGlobalClass" and setting.type == "true":
                    script.style_isolation = script.style_isolation or "apply-shared"
    for name, value, _ in listed:
        if name in ("properties", "props") and unwrap(value).type == "object":
            _properties(unwrap(value), src, shown, data, name == "props")
    script.handlers.add(options, src, listed)


def option_objects(root: TSNode, src: bytes) -> list[tuple[str, TSNode]]:
    """(constructor, options object) of every top-level-ish `Page(...)`, `Component(...)`, `Behavior(...)`."""
    found: list[tuple[str, TSNode]] = []
    wrapped: list[tuple[str, TSNode]] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "call_expression":
            name = callee(node, src)
            obj = first_object_arg(node) if name in _CALLS else None  # other calls: no argument look-up
            if obj is None and name in _CALLS:
                obj = _assigned(node, src)
            if obj is not None:
                found.append((name, obj))
                continue
            if not found and name and "." not in name:
                # A project's own wrapper of Page() (`Router({data: …, onLoad() {…}})`): its options, when the
                # script defines no page otherwise.
                obj = first_object_arg(node)
                if obj is not None and _page_like(obj, src):
                    wrapped.append(("Page", obj))
        if node.type in ("statement_block", "class_body"):
            continue  # calls inside functions are not the page's definition
        stack.extend(reversed(node.named_children))
    return found or wrapped[:1]


def _assigned(call: TSNode, src: bytes) -> TSNode | None:
    """`Page(Object.assign({}, base, {data: {...}, onLoad() {}}))`: the options written last, when they are an
    object literal (Object.assign is shallow: its `data` replaces a mixin's whole)."""
    args = call.child_by_field_name("arguments")
    inner = unwrap(args.named_children[0]) if args is not None and args.named_children else None
    if inner is None or inner.type != "call_expression" or callee(inner, src) != "Object.assign":
        return None
    listed = inner.child_by_field_name("arguments")
    parts = listed.named_children if listed is not None else []
    last = unwrap(parts[-1]) if len(parts) > 1 else None
    return last if last is not None and last.type == "object" else None


_PAGE_KEYS = frozenset({"data", "onLoad", "onShow", "onReady"})


def _page_like(obj: TSNode, src: bytes) -> bool:
    """An object literal with a page's initial `data` or lifecycle methods."""
    return any(name in _PAGE_KEYS for name, _, _ in members(obj, src))

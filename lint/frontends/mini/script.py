"""A page or component script's initial data: what `{{ }}` bindings read at first render.

`Page({data})`, `Component({data, properties})` (Alipay: `props`) and the `Behavior`s they mix in
are read from the syntax tree (no code runs), then the `this.setData({...})` calls that run
synchronously in `onLoad`/`onShow`/`created`/`attached`/`ready` are applied, in lifecycle order.
Every leaf records the line it came from, so a finding can say `data.isAgree = true` at
`pages/login/login.js:9`. A script that does not parse gives no data: its bindings stay unknown
and the template is still linted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lint.finding import Evidence
from lint.frontends.expr import UNDEFINED, UNKNOWN, Valued, evaluate, to_display
from lint.frontends.mini.handlers import Handler, follow_calls, read_handlers
from lint.frontends.mini.jsnodes import callee, first_object_arg, members, text, unwrap

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

_CALLS = frozenset({"Page", "Component", "Behavior"})
#: Lifecycle hooks that run before the first render is shown, in the order the runtime calls them.
LIFECYCLE = ("created", "onInit", "attached", "onLoad", "onShow", "ready", "didMount")
#: WeChat's property type constructors and the value a property of that type starts with.
_MAX_DATA_DEPTH = 32
_TYPE_DEFAULTS = {"Boolean": False, "Number": 0, "String": "", "Array": [], "Object": None}


@dataclass(slots=True)
class Data:
    """Initial data, flattened to dotted paths so nested keys (`form.agreed`) resolve."""

    values: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    #: Component property names: a use site's literal attribute values override these.
    properties: set[str] = field(default_factory=set)

    def lookup(self, path: str) -> Valued:
        if path in self.values:
            value = self.values[path]
            ev = self.evidence.get(path)
            return value, (ev,) if ev is not None else ()
        head = path.rsplit(".", 1)[0] if "." in path else ""
        if head and isinstance(self.values.get(head), dict):
            return UNDEFINED, ()  # a missing key of a known object literal reads as undefined
        return UNKNOWN, ()

    def set(self, path: str, value: Any, evidence: Evidence | None, depth: int = 0) -> None:
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


@dataclass(slots=True)
class Script:
    """What the template needs from its script: initial data, handlers and component options."""

    data: Data = field(default_factory=Data)
    handlers: dict[str, Handler] = field(default_factory=dict)
    #: `options.styleIsolation` (or "apply-shared" for `addGlobalClass: true`); None when unset.
    style_isolation: str | None = None
    #: The identifiers listed in `behaviors: [...]`, resolved by the caller (they may be imports).
    behaviors: list[str] = field(default_factory=list)


def _flatten(obj: TSNode, src: bytes, shown: str, prefix: str, data: Data, label: str) -> None:
    """Iterative: data literals can nest deeper than Python's recursion limit (generated code)."""
    stack: list[tuple[TSNode, str, int, dict[str, Any] | None]] = [(obj, prefix, 0, None)]
    while stack:
        node, base, depth, holder = stack.pop()
        for key, value, _ in members(node, src):
            path = f"{base}{key}"
            value = unwrap(value)
            if value.type == "object" and depth < _MAX_DATA_DEPTH:
                inner: dict[str, Any] = {}
                data.values[path] = inner
                if holder is not None:
                    holder[key] = inner
                stack.append((value, f"{path}.", depth + 1, inner))
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


def _this_aliases(body: TSNode, src: bytes) -> set[str]:
    aliases = {"this"}
    for statement in body.named_children:
        if statement.type in ("lexical_declaration", "variable_declaration"):
            for declarator in statement.named_children:
                value = declarator.child_by_field_name("value")
                name = declarator.child_by_field_name("name")
                if value is not None and name is not None and value.type == "this":
                    aliases.add(text(name, src))
    return aliases


def _set_data_calls(node: TSNode, src: bytes, aliases: set[str]) -> list[TSNode]:
    """setData calls in a statement, not descending into nested functions (they run later)."""
    found, stack = [], [node]
    while stack:
        current = stack.pop()
        if current.type in ("function_expression", "arrow_function", "function_declaration", "function"):
            continue
        if current.type == "call_expression":
            name = callee(current, src)
            if name.endswith(".setData") and name.rsplit(".", 1)[0] in aliases:
                found.append(current)
        stack.extend(current.named_children)
    return found


def _apply_lifecycle(hook: str, body: TSNode, src: bytes, shown: str, data: Data) -> None:
    aliases = _this_aliases(body, src)

    def lookup(path: str) -> Valued:
        for alias in aliases:
            if path.startswith(f"{alias}.data."):
                return data.lookup(path[len(alias) + 6 :])
        return UNKNOWN, ()

    for statement in body.named_children:
        direct = statement.type == "expression_statement" and statement.named_children and \
            statement.named_children[0].type == "call_expression"
        for call in _set_data_calls(statement, src, aliases):
            arg = first_object_arg(call)
            if arg is None:
                continue
            for key, value, _ in members(arg, src):
                value = unwrap(value)
                result = evaluate(value, src, lookup)[0] if direct else UNKNOWN
                line = value.start_point[0] + 1
                note = f"this.setData({{{key}: {to_display(result)}}}) in {hook}"
                data.set(key, result, Evidence(shown, line, note) if result is not UNKNOWN else None)
        if statement.type == "expression_statement" and "await" in text(statement, src)[:6]:
            return  # everything after an await runs after the first render


def _lifecycle_bodies(options: TSNode, src: bytes) -> dict[str, TSNode]:
    bodies: dict[str, TSNode] = {}
    for name, value, _ in members(options, src):
        if name in ("lifetimes", "pageLifetimes") and value.type == "object":
            for inner, body, _ in members(value, src):
                hook = "onShow" if inner == "show" else inner
                if body.type == "statement_block":
                    bodies[hook] = body
        elif name in LIFECYCLE and value.type == "statement_block":
            bodies.setdefault(name, value)
    return bodies


def read_options(options: TSNode, src: bytes, shown: str, script: Script) -> None:
    """Reads one `Page`/`Component`/`Behavior` options object into `script` (later calls win)."""
    data = script.data
    for name, value, _ in members(options, src):
        value = unwrap(value)
        if name == "data" and value.type == "object":
            _flatten(value, src, shown, "", data, "data")
        elif name == "behaviors" and value.type == "array":
            script.behaviors += [text(v, src) for v in value.named_children if v.type == "identifier"]
        elif name == "options" and value.type == "object":
            for option, setting, _ in members(value, src):
                if option == "styleIsolation" and setting.type == "string":
                    script.style_isolation = text(setting, src)[1:-1]
                elif option == "addGlobalClass" and setting.type == "true":
                    script.style_isolation = script.style_isolation or "apply-shared"
    for name, value, _ in members(options, src):
        if name in ("properties", "props") and unwrap(value).type == "object":
            _properties(unwrap(value), src, shown, data, name == "props")
    script.handlers.update(follow_calls(read_handlers(options, src)))


def apply_lifecycles(options: TSNode, src: bytes, shown: str, data: Data) -> None:
    bodies = _lifecycle_bodies(options, src)
    for hook in LIFECYCLE:
        if hook in bodies:
            _apply_lifecycle(hook, bodies[hook], src, shown, data)


def option_objects(root: TSNode, src: bytes) -> list[tuple[str, TSNode]]:
    """(constructor, options object) of every top-level-ish `Page(...)`, `Component(...)`, `Behavior(...)`."""
    found: list[tuple[str, TSNode]] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "call_expression":
            name = callee(node, src)
            obj = first_object_arg(node)
            if name in _CALLS and obj is not None:
                found.append((name, obj))
                continue
        if node.type in ("statement_block", "class_body"):
            continue  # calls inside functions are not the page's definition
        stack.extend(reversed(node.named_children))
    return found

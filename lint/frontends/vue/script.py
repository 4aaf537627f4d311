"""A Vue component's first-render state, read from its `<script>` blocks (no code runs).

Options API: `export default { data() { return {...} }, props: {...} }` (also wrapped in
`defineComponent`/`Vue.extend`, and `setup()`); `<script setup>`: `ref(v)`, `reactive({...})`,
literal constants, `defineProps(...)` / `withDefaults(defineProps<T>(), {...})`, destructured props' defaults
(`const { on = true } = defineProps()`), `defineModel(...)`. Props without a value take Vue's defaults: absent
Boolean props are `false`, others `undefined`. A component that `pages.json` does not route to is rendered by
its uses: in its own file its props are unknown (page.py), at each use bound or defaulted (components.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lint.finding import Evidence
from lint.frontends.expr import UNDEFINED, UNKNOWN, Valued, evaluate, to_display
from lint.frontends.mini.handlers import Handler
from lint.frontends.mini.jsnodes import returned, unwrap
from lint.frontends.vue.lifecycle import option_hooks, setup_hooks
from lint.frontends.vue.scope import Scope

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

_REFS = frozenset({"ref", "shallowRef", "customRef"})
_REACTIVE = frozenset({"reactive", "shallowReactive", "readonly"})
_WRAPPERS = frozenset({"defineComponent", "Vue.extend", "defineOptions"})


@dataclass(slots=True)
class ComponentState:
    scope: Scope = field(default_factory=Scope)
    #: Prop name (camelCase) -> its value when the user binds nothing.
    props: dict[str, Any] = field(default_factory=dict)
    #: Local component name -> import specifier (`@/components/agree-box.vue`).
    imports: dict[str, str] = field(default_factory=dict)
    #: Functions that flip a boolean (tapping them toggles a hand-drawn checkbox).
    handlers: dict[str, Handler] = field(default_factory=dict)
    #: A local name that reads a prop under another name: `const checked = defineModel()` (`modelValue`),
    #: `const { on: isOn = true } = defineProps()`.
    aliases: dict[str, str] = field(default_factory=dict)
    #: `const x = computed(() => …)` of the block being read, evaluated after its hooks.
    computed: list[tuple[str, TSNode]] = field(default_factory=list)
    #: Reads a project module by import specifier (its bytes and shown path): the mixins a component lists.
    load_module: Callable[[str], tuple[bytes, str] | None] | None = None


def _text(node: TSNode, src: bytes) -> str:
    return src[node.start_byte : node.end_byte].decode("utf-8", "replace")


def _callee(node: TSNode, src: bytes) -> str | None:
    if node.type != "call_expression":
        return None
    fn = node.child_by_field_name("function")
    return _text(fn, src) if fn is not None else None


def _args(node: TSNode) -> list[TSNode]:
    args = node.child_by_field_name("arguments")
    return [a for a in args.named_children if a.type != "comment"] if args is not None else []


def _pairs(obj: TSNode, src: bytes) -> dict[str, TSNode]:
    """Keys of an object literal to their value node; methods (`data() {}`) map to themselves."""
    found: dict[str, TSNode] = {}
    for child in obj.named_children:
        if child.type == "pair":
            key, value = child.child_by_field_name("key"), child.child_by_field_name("value")
            if key is not None and value is not None:
                found[_text(key, src).strip("'\"")] = value
        elif child.type == "method_definition":
            name = child.child_by_field_name("name")
            if name is not None:
                found[_text(name, src)] = child
        elif child.type == "shorthand_property_identifier":
            found[_text(child, src)] = child
    return found


def returned_object(fn: TSNode) -> TSNode | None:
    """The object a function returns: `() => ({...})` or the first top-level `return {...}`."""
    body = fn.child_by_field_name("body")
    if body is None:
        return None
    body = unwrap(body)  # `() => ({...} as State)`
    if body.type == "object":
        return body
    for statement in body.named_children:
        if statement.type == "return_statement" and statement.named_children:
            value = unwrap(statement.named_children[0])  # `return {...} as State`: a type changes no value
            return value if value.type == "object" else None
    return None


def read_script(view: bytes, lang: str, setup: bool, shown: str, state: ComponentState) -> tuple[int, int] | None:
    """Adds one `<script>` block's state; returns the position of a syntax error, if any."""
    from lint.frontends.ts import first_error, parser

    # `uts` is uni-app x's script: TypeScript's syntax (its types, `paused?: boolean`) for what is read here.
    grammar = {"ts": "typescript", "uts": "typescript", "tsx": "tsx"}.get(lang, "javascript")
    tree = parser(grammar).parse(view)
    broken = first_error(tree.root_node)
    if broken is not None and grammar == "javascript":
        # Type annotations in a `<script>` with no `lang` (component libraries that HBuilderX compiles, uni-app x):
        # read as TypeScript when that parses it whole; darklint reads it either way, so it is no parse error.
        typed = parser("typescript").parse(view)
        if first_error(typed.root_node) is None:
            tree, broken = typed, None
    if broken is not None:
        from lint.textpos import LineIndex

        return LineIndex(view).point(*broken.start_point)  # columns in UTF-16 units, as everywhere
    from lint.frontends.vue.handlers import script_handlers

    state.handlers.update(script_handlers(tree.root_node, view))
    for statement in tree.root_node.named_children:
        if statement.type == "import_statement":
            _import(statement, view, state)
        elif statement.type == "export_statement":
            value = statement.child_by_field_name("value") or statement.child_by_field_name("declaration")
            if value is not None:
                _options(value, view, shown, state)
        elif statement.type in ("lexical_declaration", "variable_declaration"):
            declarations(statement, view, shown, state)
        elif statement.type == "expression_statement" and statement.named_children:
            _props_call(statement.named_children[0], view, shown, state, None)
    setup_hooks(tree.root_node.named_children, view, shown, state.scope)
    _settle_computed(view, shown, state)
    return None


def _import(statement: TSNode, src: bytes, state: ComponentState) -> None:
    source = statement.child_by_field_name("source")
    clause = next((c for c in statement.named_children if c.type == "import_clause"), None)
    if source is None or clause is None:
        return
    default = next((c for c in clause.named_children if c.type == "identifier"), None)
    if default is not None:
        state.imports[_text(default, src)] = _text(source, src).strip("'\"")


def _options(value: TSNode, src: bytes, shown: str, state: ComponentState) -> None:
    callee = _callee(value, src)
    if callee in _WRAPPERS:
        args = _args(value)
        value = args[0] if args else value
    if value.type != "object":
        return
    options = _pairs(value, src)
    props = options.get("props")
    if props is not None:
        _prop_specs(props, src, shown, state)
    mixins = options.get("mixins")
    mixed: list[tuple[dict[str, TSNode], bytes, str]] = []
    if mixins is not None:  # their data first: the component's own keys win
        from lint.frontends.vue.mixins import apply_mixins

        mixed = apply_mixins(mixins, src, state)
    data = options.get("data")
    if data is not None:
        obj = data if data.type == "object" else returned_object(data)
        if obj is not None:
            state.scope.put_object(obj, src, shown, "", "data")
    setup_fn = options.get("setup")
    if setup_fn is not None and (body := setup_fn.child_by_field_name("body")) is not None:
        for statement in body.named_children:
            if statement.type in ("lexical_declaration", "variable_declaration"):
                declarations(statement, src, shown, state)
        setup_hooks(body.named_children, src, shown, state.scope)
    for mixin_options, mixin_src, mixin_shown in mixed:  # a mixin's hooks run before the component's own
        option_hooks(mixin_options, mixin_src, mixin_shown, state.scope)
    option_hooks(options, src, shown, state.scope)
    computed = options.get("computed")
    if computed is not None and computed.type == "object":  # after the hooks: from the data they leave
        for key, fn in _pairs(computed, src).items():
            _computed(key, fn, src, shown, state)
    _settle_computed(src, shown, state)


def declarations(statement: TSNode, src: bytes, shown: str, state: ComponentState) -> None:
    for declarator in statement.named_children:
        if declarator.type != "variable_declarator":
            continue
        name_node, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
        if name_node is None or value is None:
            continue
        while value.type in ("as_expression", "satisfies_expression", "non_null_expression") and value.named_children:
            value = value.named_children[0]
        name = _text(name_node, src)
        if name_node.type != "identifier":
            if _props_call(value, src, shown, state, None) and name_node.type == "object_pattern":
                _destructured_defaults(name_node, src, shown, state)
            elif name_node.type == "object_pattern" and _callee(value, src) == "toRefs":
                _to_refs(name_node, value, src, state)
            continue
        callee = _callee(value, src)
        line = value.start_point[0] + 1
        if callee is not None and callee.startswith("defineModel"):
            _model(value, name, src, shown, state)
        elif callee == "computed":
            args = _args(value)
            if args:  # read once the setup hooks have run (`_settle_computed`)
                state.computed.append((name, args[0]))
        elif callee in _REFS:
            args = _args(value)
            result = evaluate(args[0], src, state.scope.lookup)[0] if args else UNDEFINED
            shown_value = _text(args[0], src) if args else ""
            state.scope.put(name, result, Evidence(shown, line, f"{name} = {callee}({_short(shown_value)})"))
        elif callee in _REACTIVE:
            args = _args(value)
            if args and args[0].type == "object":
                state.scope.put_object(args[0], src, shown, f"{name}.", "")
        elif _props_call(value, src, shown, state, name):
            continue
        elif value.type in ("true", "false", "number", "string", "null", "object", "array", "unary_expression"):
            result = evaluate(value, src, state.scope.lookup)[0]
            if result is not UNKNOWN:
                state.scope.put(name, result, Evidence(shown, line, f"const {name} = {to_display(result)}"))


def _short(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _props_call(value: TSNode, src: bytes, shown: str, state: ComponentState, name: str | None) -> bool:
    """`defineProps(...)` or `withDefaults(defineProps<T>(), {...})`; ``name`` is `props` in
    `const props = defineProps(...)`, through which the template may also read them."""
    callee = _callee(value, src)
    defaults: TSNode | None = None
    if callee == "withDefaults":
        args = _args(value)
        if not args:
            return False
        defaults = args[1] if len(args) > 1 and args[1].type == "object" else None
        value, callee = args[0], _callee(args[0], src)
    if callee is None or not callee.startswith("defineProps"):
        return False
    args = _args(value)
    if args:
        _prop_specs(args[0], src, shown, state)
    type_args = value.child_by_field_name("type_arguments")
    if type_args is not None:
        _typed_props(type_args, src, shown, state)
    if defaults is not None:
        for key, node in _pairs(defaults, src).items():
            node = returned_object(node) or node if node.type == "arrow_function" else node
            _set_prop(state, key, evaluate(node, src)[0], shown, node.start_point[0] + 1)
    if name is not None:
        for key in list(state.props):
            state.scope.put(f"{name}.{key}", state.props[key], state.scope.evidence.get(key) or Evidence(shown, 1, ""))
    return True


def _destructured_defaults(pattern: TSNode, src: bytes, shown: str, state: ComponentState) -> None:
    """`const { on = true, mode: kind = 'full' } = defineProps<…>()` (Vue 3.5): a destructured prop's default is
    what it holds when the use binds nothing (a typed `on?: boolean` alone would be `false`)."""
    for item in pattern.named_children:
        key_node: TSNode | None
        if item.type == "object_assignment_pattern":  # `{ on = true }`
            key_node, local, default = item.child_by_field_name("left"), None, item.child_by_field_name("right")
        elif item.type == "pair_pattern":  # `{ on: isOn = true }`, `{ on: isOn }`
            key_node, target = item.child_by_field_name("key"), item.child_by_field_name("value")
            if target is None:
                continue
            default = target.child_by_field_name("right") if target.type == "assignment_pattern" else None
            local = target.child_by_field_name("left") if target.type == "assignment_pattern" else target
        else:
            continue
        if key_node is None:
            continue
        key = _text(key_node, src).strip("'\"")
        if default is not None:
            _set_prop(state, key, evaluate(default, src)[0], shown, default.start_point[0] + 1)
        if local is not None and local.type == "identifier" and key in state.props:
            alias = _text(local, src)
            state.aliases[alias] = key
            state.scope.put(alias, state.props[key], state.scope.evidence.get(key) or Evidence(shown, 1, ""))


def _settle_computed(src: bytes, shown: str, state: ComponentState) -> None:
    for name, fn in state.computed:
        _computed(name, fn, src, shown, state)
    state.computed.clear()


def _computed(name: str, fn: TSNode, src: bytes, shown: str, state: ComponentState) -> None:
    """A computed property that only combines known values (`'开通' + APP_NAME + '会员，到期自动续费'`, a label
    built from constants): its value at first render. One expression returned, read with `this.x` as `x`; a
    primitive only (a list or object it builds is left unknown), anything it cannot know leaves it unknown."""
    if fn.type not in ("arrow_function", "function_expression", "method_definition", "function"):
        return
    body = returned(fn)
    if body is None:
        return
    lookup = state.scope.lookup

    def own(path: str) -> Valued:
        path = path[5:] if path.startswith("this.") else path
        found = lookup(path)
        if found[0] is UNKNOWN and path.endswith(".value"):
            return lookup(path[:-6])  # `plan.value` of `const plan = ref('month')`: the ref's value
        return found

    value, _ = evaluate(body, src, own)
    if isinstance(value, str | bool | int | float) and value is not UNKNOWN:
        line = body.start_point[0] + 1
        state.scope.put(name, value, Evidence(shown, line, f"computed {name} = {to_display(value)}"))


def _to_refs(pattern: TSNode, call: TSNode, src: bytes, state: ComponentState) -> None:
    """`const { agree, remember: keep } = toRefs(state)`: refs to the reactive object's keys, read as they are."""
    args = _args(call)
    if not args or args[0].type != "identifier":
        return
    source = _text(args[0], src)
    for item in pattern.named_children:
        if item.type == "shorthand_property_identifier_pattern":
            key = local = _text(item, src)
        elif item.type == "pair_pattern" and (k := item.child_by_field_name("key")) is not None and \
                (v := item.child_by_field_name("value")) is not None and v.type == "identifier":
            key, local = _text(k, src), _text(v, src)
        else:
            continue
        value, evidence = state.scope.lookup(f"{source}.{key}")
        if value is not UNKNOWN and evidence:
            state.scope.put(local, value, evidence[0])


def _model(call: TSNode, name: str, src: bytes, shown: str, state: ComponentState) -> None:
    """`const checked = defineModel({ type: Boolean, default: true })` (Vue 3.4), `defineModel('agreed', {...})`:
    a prop (`modelValue` unless named) that `v-model` binds, read in the template as `checked`."""
    args = _args(call)
    prop = "modelValue"
    if args and args[0].type == "string":
        prop, args = _text(args[0], src).strip("'\"`"), args[1:]
    options = _pairs(args[0], src) if args and args[0].type == "object" else {}
    line = call.start_point[0] + 1
    if "default" in options:
        value = evaluate(options["default"], src)[0]
    else:
        typed = options.get("type") or call.child_by_field_name("type_arguments")
        value = False if typed is not None and "oolean" in _text(typed, src) else UNDEFINED
    _set_prop(state, prop, value, shown, line)
    state.aliases[name] = prop
    state.scope.put(name, value, Evidence(shown, line, f"{name} = defineModel() default = {to_display(value)}"))


def _set_prop(state: ComponentState, key: str, value: Any, shown: str, line: int) -> None:
    state.props[key] = value
    state.scope.put(key, value, Evidence(shown, line, f"props.{key} default = {to_display(value)}"))


def _prop_specs(props: TSNode, src: bytes, shown: str, state: ComponentState) -> None:
    if props.type == "array":
        for item in props.named_children:
            if item.type == "string":
                _set_prop(state, _text(item, src).strip("'\""), UNDEFINED, shown, item.start_point[0] + 1)
        return
    if props.type != "object":
        return
    for key, spec in _pairs(props, src).items():
        line = spec.start_point[0] + 1
        if spec.type == "object":
            fields = _pairs(spec, src)
            if "default" in fields:
                node = fields["default"]
                if node.type in ("arrow_function", "function_expression", "method_definition"):
                    body = node.child_by_field_name("body")
                    obj = returned_object(node)
                    expression_body = body is not None and body.type != "statement_block"
                    node = obj if obj is not None else (body if expression_body and body is not None else node)
                _set_prop(state, key, evaluate(node, src)[0], shown, node.start_point[0] + 1)
                continue
            spec = fields.get("type", spec)
        _set_prop(state, key, False if "Boolean" in _text(spec, src) else UNDEFINED, shown, line)


def _typed_props(type_args: TSNode, src: bytes, shown: str, state: ComponentState) -> None:
    """`defineProps<{ agreed?: boolean }>()`: an absent boolean prop is false."""
    for literal in type_args.named_children:
        if literal.type != "object_type":
            continue
        for member in literal.named_children:
            if member.type != "property_signature":
                continue
            name = member.child_by_field_name("name")
            annotation = member.child_by_field_name("type")
            if name is None:
                continue
            boolean = annotation is not None and _text(annotation, src).lstrip(":").strip() == "boolean"
            _set_prop(state, _text(name, src), False if boolean else UNDEFINED, shown, member.start_point[0] + 1)

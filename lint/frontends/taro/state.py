"""A Taro module's first-render state: `useState(v)`, class `state = {...}`, literal constants.

Read from the syntax tree (no code runs), over the whole module: hooks are named by the value
the destructuring gives them (`const [agreed, setAgreed] = useState(true)` → `agreed`), class
state is reachable as `this.state.x` and, after `const { x } = this.state`, as `x`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from lint.finding import Evidence
from lint.frontends.expr import UNDEFINED, UNKNOWN, Lookup, evaluate, to_display
from lint.frontends.mini.jsnodes import returned
from lint.frontends.vue.scope import Scope

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

#: Hooks whose first argument is the first-render value of the first element they return: React's, and
#: ahooks' drop-in replacements (`const [agreed, { toggle }] = useBoolean(true)`), common in Taro projects.
_REDUCER_HOOKS = frozenset({"useReducer", "React.useReducer"})
_STATE_HOOKS = frozenset({"useState", "React.useState", "Taro.useState", "useSafeState", "useBoolean", "useToggle"})
_LITERALS = frozenset({"true", "false", "number", "string", "null"})
#: Hooks and class methods that run as a page starts (React and Taro's page lifecycle).
_FUNCTIONS = frozenset({"arrow_function", "function", "function_expression"})
#: At most this many start-up functions and the functions they call are read.
_MAX_FOLLOWED = 64
_STARTUP_HOOKS = frozenset({"useEffect", "useLayoutEffect", "useLoad", "useDidShow", "useReady", "useMount"})
_STARTUP_METHODS = frozenset({"componentDidMount", "componentWillMount", "UNSAFE_componentWillMount",
                              "componentDidShow", "onLoad", "onReady"})


def _text(node: TSNode, src: bytes) -> str:
    return src[node.start_byte : node.end_byte].decode("utf-8", "replace")


def _unwrap(node: TSNode) -> TSNode:
    while node.type in ("as_expression", "satisfies_expression", "non_null_expression",
                        "parenthesized_expression") and node.named_children:
        node = node.named_children[0]
    return node


#: Where one component's code ends and another's may begin: state declared inside belongs to that function.
_BOUNDARIES = frozenset({"function_declaration", "function_expression", "arrow_function", "function",
                         "generator_function_declaration", "class_declaration", "class", "method_definition"})


def _children(node: TSNode, component: TSNode | None) -> list[TSNode]:
    """The children to read for `component`'s state: not into another function or class (two components of
    one file may both call their state `agree`), unless it holds the component or sits inside it."""
    if component is None:
        return list(reversed(node.named_children))
    first, last = component.start_byte, component.end_byte
    return [c for c in reversed(node.named_children) if c.type not in _BOUNDARIES
            or (c.start_byte <= first and last <= c.end_byte) or (first <= c.start_byte and c.end_byte <= last)]


def component_of(node: TSNode) -> TSNode | None:
    """The outermost function or class around a JSX element: the component whose state it reads."""
    found = None
    parent = node.parent
    while parent is not None:
        if parent.type in _BOUNDARIES:
            found = parent
        parent = parent.parent
    return found


def read_state(root: TSNode, src: bytes, shown: str, component: TSNode | None = None,
               props: Callable[[Lookup], Lookup] | None = None) -> Scope:
    """The first-render state `component` (None: the whole module) sees: its own declarations, the module's,
    and those of the functions it is nested in, not other components'. `props`: how the component's parameters
    read at one use (components.props_lookup over a lookup), for state they start (`useState(defaultChecked)`)."""
    scope = Scope()
    reads = props(scope.lookup) if props is not None else scope.lookup
    class_state: list[TSNode] = []
    computed: list[TSNode] = []
    #: `this.checkboxOption = [...]` (in the constructor, or a class field): what the render reads of it.
    instance: dict[str, list[tuple[TSNode, bool]]] = {}
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "variable_declarator":
            _declarator(node, src, shown, scope, reads)
            where = _computed(node, component)
            if where == "module":  # no state of the component's in it: known now, for the state it initialises
                _put_computed(node, src, shown, scope, reads)
            elif where:
                computed.append(node)
        elif node.type in ("public_field_definition", "field_definition"):
            name = node.child_by_field_name("name") or node.child_by_field_name("property")
            value = node.child_by_field_name("value")
            named_state = name is not None and _text(name, src) == "state"
            if named_state and value is not None and _unwrap(value).type == "object":
                class_state.append(_unwrap(value))
            elif name is not None and value is not None:
                instance.setdefault(f"this.{_text(name, src)}", []).append((value, True))
        elif node.type == "assignment_expression":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            assigned = left is not None and _text(left, src) == "this.state"
            if assigned and right is not None and _unwrap(right).type == "object":
                class_state.append(_unwrap(right))
            elif left is not None and right is not None and left.type in ("member_expression", "subscript_expression"):
                written = _FIELD.match(_text(left, src))
                if written is not None and written.group(1) != "state":
                    # `this.options[0].label = …` changes the field too: a write, never its first-render value
                    whole = left.type == "member_expression" and _text(left, src) == f"this.{written.group(1)}"
                    top = whole and _top_of_constructor(node)
                    instance.setdefault(f"this.{written.group(1)}", []).append((right, top))
        stack.extend(_children(node, component))
    for obj in class_state:
        scope.put_object(obj, src, shown, "this.state.", "")
    for field_name, writes in instance.items() if b"Object.assign(this" not in src else ():
        # Set once, unconditionally, before the first render and never again: later methods may change what it
        # holds (`Object.assign(this, …)` may set any field: none is known then).
        if len(writes) == 1 and writes[0][1] and _unwrap(writes[0][0]).type in ("object", "array"):
            literal = _unwrap(writes[0][0])
            result = evaluate(literal, src, reads)[0]
            if result is not UNKNOWN:
                note = f"{field_name} = {' '.join(_text(literal, src).split())[:60]}"
                scope.put(field_name, result, Evidence(shown, literal.start_point[0] + 1, note))
    _startup_writes(root, src, scope, component)
    _destructured_state(root, src, scope, component)
    for node in computed:  # after start-up writes: a value computed from state they change is unknown too
        _put_computed(node, src, shown, scope, reads)
    return scope


_FIELD = re.compile(r"this\s*\.\s*([A-Za-z_$][\w$]*)")


def _top_of_constructor(node: TSNode) -> bool:
    """Whether an assignment is a statement of the constructor's own body (not in an `if`, a loop or a callback)."""
    statement = node.parent
    body = statement.parent if statement is not None and statement.type == "expression_statement" else None
    method = body.parent if body is not None and body.type == "statement_block" else None
    name = method.child_by_field_name("name") if method is not None else None
    return method is not None and method.type == "method_definition" and name is not None and \
        name.text == b"constructor"


def _put_computed(node: TSNode, src: bytes, shown: str, scope: Scope, reads: Lookup) -> None:
    name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
    if name is None or value is None:
        return
    value = _memo_body(_unwrap(value), src) or value
    result = evaluate(value, src, reads)[0]
    if result is not UNKNOWN and not isinstance(result, dict | list):
        written = " ".join(_text(value, src).split())
        note = f"const {_text(name, src)} = {written[:40]} = {to_display(result)}"
        scope.put(_text(name, src), result, Evidence(shown, value.start_point[0] + 1, note))


_MEMOS = frozenset({"useMemo", "React.useMemo"})


def _memo_body(value: TSNode, src: bytes) -> TSNode | None:
    """`useMemo(() => plan === 'auto_month', [plan])`: the value the arrow returns (a body with only a return
    statement too), computed at first render as a plain `const` is."""
    fn = value.child_by_field_name("function") if value.type == "call_expression" else None
    args = value.child_by_field_name("arguments") if fn is not None else None
    if fn is None or args is None or _text(fn, src) not in _MEMOS or not args.named_children:
        return None
    first = _unwrap(args.named_children[0])
    body = returned(first) if first.type in _FUNCTIONS else None
    return _unwrap(body) if body is not None else None


def _computed(declarator: TSNode, component: TSNode | None) -> str:
    """'module' or 'component' for `const x = …` a render computes (see below), else ''."""
    """`const fontSize = compact ? 20 : 28` in the component's body (or the module's): a value the first render
    computes from what it knows. Not in a nested function (a handler's local is not the render's), and not
    what `_declarator` reads already (literals, objects, arrays, state hooks)."""
    name, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
    if name is None or value is None or name.type != "identifier" or not _is_const(declarator):
        return ""
    value = _unwrap(value)
    if value.type in _LITERALS or value.type in ("object", "array") or value.type in _FUNCTIONS:
        return ""
    declaration = declarator.parent
    block = declaration.parent if declaration is not None else None
    if block is None:
        return ""
    if block.type == "program" or (block.type == "export_statement" and block.parent is not None
                                   and block.parent.type == "program"):
        return "module"
    owner = block.parent if block.type == "statement_block" else None
    return "component" if component is not None and owner is not None and owner.id == component.id else ""


def _startup_writes(root: TSNode, src: bytes, scope: Scope, component: TSNode | None = None) -> None:
    """State set by code as the page starts (`useEffect(() => { if (!agreed) setShow(true) }, [])`,
    `this.setState({...})` in `componentDidMount`) may differ from its declared value by the time
    the user sees the page: a privacy dialog opened at launch is declared hidden. Such state is
    unknown, never its declared value. The component's own functions a start-up hook calls are read
    too (`useEffect(() => { loadSettings() })`), and a setter handed on (`getConsent().then(setAgreed)`)
    or given a function (`this.setState(prev => …)`) writes what cannot be known. Writes in event
    handlers run later and are ignored."""
    setters: dict[str, str] = {}
    functions: dict[str, TSNode] = {}
    bodies: list[TSNode] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "variable_declarator":
            name = node.child_by_field_name("name")
            value = node.child_by_field_name("value")
            if name is not None and name.type == "array_pattern" and len(name.named_children) > 1:
                setters[_text(name.named_children[1], src)] = _text(name.named_children[0], src)
            elif name is not None and value is not None and value.type in _FUNCTIONS:
                functions[_text(name, src)] = value
        elif node.type == "function_declaration":
            name = node.child_by_field_name("name")
            if name is not None:
                functions[_text(name, src)] = node
        elif node.type == "call_expression":
            fn, args = node.child_by_field_name("function"), node.child_by_field_name("arguments")
            if fn is not None and args is not None and _text(fn, src).split(".")[-1] in _STARTUP_HOOKS:
                bodies.extend(args.named_children[:1])
        elif node.type in ("method_definition", "public_field_definition", "field_definition"):
            name = node.child_by_field_name("name") or node.child_by_field_name("property")
            if name is not None and _text(name, src) in _STARTUP_METHODS:
                bodies.append(node)
            elif name is not None:
                functions[f"this.{_text(name, src)}"] = node
        stack.extend(_children(node, component))
    seen: set[int] = set()
    while bodies:
        body = bodies.pop()
        if body.id in seen or len(seen) > _MAX_FOLLOWED:
            continue
        seen.add(body.id)
        for setter in _handed_on(body, src, setters):
            _forget(scope, setters[setter])
        for call in _calls(body):
            fn = call.child_by_field_name("function")
            callee = _text(fn, src) if fn is not None else ""
            if callee in setters:
                _forget(scope, setters[callee])
            elif callee == "this.setState":
                args = call.child_by_field_name("arguments")
                first = args.named_children[0] if args is not None and args.named_children else None
                if first is not None and first.type != "object":  # an updater or a computed object
                    _forget(scope, "this.state")
                for pair in first.named_children if first is not None and first.type == "object" else ():
                    key = pair.child_by_field_name("key") if pair.type == "pair" else pair
                    if key is not None:
                        _forget(scope, f"this.state.{_text(key, src)}")
            elif callee in functions:
                bodies.append(functions[callee])


def _handed_on(body: TSNode, src: bytes, setters: dict[str, str]) -> list[str]:
    """Setters a body names without calling them (`.then(setAgreed)`, `{ onDone: setAgreed }`)."""
    found: list[str] = []
    stack = [body]
    while stack:
        node = stack.pop()
        if node.type == "identifier" and _text(node, src) in setters:
            parent = node.parent
            if parent is None or parent.type != "call_expression" or parent.child_by_field_name("function") != node:
                found.append(_text(node, src))
        stack.extend(node.named_children)
    return found


def _calls(root: TSNode) -> list[TSNode]:
    found, stack = [], [root]
    while stack:
        node = stack.pop()
        if node.type == "call_expression":
            found.append(node)
        stack.extend(node.named_children)
    return found


def _forget(scope: Scope, path: str) -> None:
    for key in [k for k in scope.values if k == path or k.startswith(f"{path}.")]:
        scope.values[key] = UNKNOWN
        scope.evidence.pop(key, None)


def _declarator(node: TSNode, src: bytes, shown: str, scope: Scope, reads: Lookup) -> None:
    name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
    if name is None or value is None:
        return
    value = _unwrap(value)
    line = value.start_point[0] + 1
    if value.type == "call_expression" and name.type == "array_pattern":
        fn = value.child_by_field_name("function")
        args = value.child_by_field_name("arguments")
        hook = _text(fn, src) if fn is not None else ""
        if fn is None or args is None or hook not in _STATE_HOOKS | _REDUCER_HOOKS or not name.named_children:
            return
        first = name.named_children[0]
        arg_nodes = [a for a in args.named_children if a.type != "comment"]
        if hook in _REDUCER_HOOKS:
            # `useReducer(reducer, initialState)`: the state starts as given; with an init function (a third
            # argument) it is computed. Dispatches at start-up make it unknown like a setter's (`_startup_writes`).
            if len(arg_nodes) != 2:
                return
            arg_nodes = arg_nodes[1:]
        initial = _unwrap(arg_nodes[0]) if arg_nodes else None
        if initial is not None and initial.type in _FUNCTIONS:
            # `useState(() => true)`, `useState(() => { return true })`: a body that only returns a value is that
            # value; a lazy initialiser that computes is not read
            body = returned(initial)
            if body is None:
                return
            initial = _unwrap(body)
        result = evaluate(initial, src, reads)[0] if initial is not None else UNDEFINED
        if result is UNKNOWN:
            return
        shown_arg = " ".join(_text(initial, src).split()) if initial is not None else ""
        note = f"{_text(first, src)} = useState({shown_arg[:40]})"
        if initial is not None and initial.type == "identifier":
            note += f" = {_short(result)}"  # the constant's value, so the evidence says what it holds
        scope.put(_text(first, src), result, Evidence(shown, line, note))
    elif name.type == "identifier" and value.type in _LITERALS:
        result = evaluate(value, src)[0]
        scope.put(_text(name, src), result, Evidence(shown, line, f"const {_text(name, src)} = {to_display(result)}"))
    elif name.type == "identifier" and value.type in ("object", "array") and _is_const(node):
        # `const DEFAULT_PREFS = { marketing: true }` passed to `useState(DEFAULT_PREFS)`.
        result = evaluate(value, src, reads)[0]
        if result is not UNKNOWN:
            scope.put(_text(name, src), result, Evidence(shown, line, f"const {_text(name, src)} = {_short(result)}"))


def _is_const(declarator: TSNode) -> bool:
    parent = declarator.parent
    return parent is not None and parent.type == "lexical_declaration" and parent.children[0].type == "const"


def _short(value: object, limit: int = 60) -> str:
    shown = to_display(value)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _destructured_state(root: TSNode, src: bytes, scope: Scope, component: TSNode | None = None) -> None:
    """`const { agreed } = this.state` in `render()`."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "variable_declarator":
            name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
            if name is not None and value is not None and name.type == "object_pattern" \
                    and _text(value, src) == "this.state":
                for item in name.named_children:
                    if item.type == "shorthand_property_identifier_pattern":
                        key = _text(item, src)
                        found, evidence = scope.lookup(f"this.state.{key}")
                        if found is not UNKNOWN and evidence:
                            scope.put(key, found, evidence[0])
        stack.extend(_children(node, component))

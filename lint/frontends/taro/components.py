"""Components a Taro module defines and uses itself, rendered where they are used with the props given there.

A settings page often writes its row once and uses it for every switch::

    const SwitchRow = ({ label, checked }) => (<View><Text>{label}</Text><Switch checked={checked}/></View>)
    <SwitchRow label='接收营销短信' checked={marketing} />        // marketing = useState(true)

Read alone, `checked` is a prop and unknown. Where the module itself uses the component, its JSX is built under
each use (jsx.py) with the props that use passes: a string, an expression read with the user's state, a bare
`checked` (true), nothing (the destructuring default, else `undefined`). The definition is then not also built
on its own: every rendering of it in this module has its props. Props behind a `{...spread}` whose keys cannot be
known, and `children`, stay unknown; components imported from the project's other files are imported.py's.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from lint.finding import Evidence
from lint.frontends.expr import UNDEFINED, UNKNOWN, Lookup, Valued, evaluate
from lint.frontends.mini.jsnodes import text
from lint.frontends.taro.maps import REST, Param, object_pattern, parameters

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

_FUNCTIONS = ("arrow_function", "function_expression", "function", "function_declaration")
#: A component rendered inside itself, or components nested deeper than pages nest rows: not expanded further.
MAX_NESTING = 4
#: Uses expanded per component and per module: components fanning out into components (`<A/>` renders fifty `<B/>`,
#: each fifty `<C/>`) would otherwise multiply; past this a use is read as the component alone (props unknown). Per
#: component, so a picker's 300 `<CityRow/>` do not use up what the settings rows below them need.
MAX_USES = 64
MAX_EXPANSIONS = 1024



def local_components(root: TSNode, src: bytes) -> dict[str, TSNode]:
    """Capitalised functions declared at the top of the module (`function Row()`, `const Row = () =>`, exported
    or not) that the module renders as `<Row`."""
    return {name: fn for name, fn in local_functions(root, src).items()
            if name[:1].isupper() and re.search(rb"<" + re.escape(name.encode()) + rb"[\s/>]", src)}


def local_functions(root: TSNode, src: bytes) -> dict[str, TSNode]:
    """Functions declared at the top of the module, by name (`memo(…)`/`forwardRef(…)` unwrapped)."""
    found: dict[str, TSNode] = {}
    for statement in root.named_children:
        target = statement
        if statement.type == "export_statement":
            declared = statement.child_by_field_name("declaration")
            if declared is None:
                continue
            target = declared
        if target.type == "function_declaration":
            name = target.child_by_field_name("name")
            if name is not None:
                found[text(name, src)] = target
        elif target.type in ("lexical_declaration", "variable_declaration"):
            for declarator in target.named_children:
                name = declarator.child_by_field_name("name") if declarator.type == "variable_declarator" else None
                value = declarator.child_by_field_name("value") if name is not None else None
                value = unwrapped(value, src) if value is not None else None
                if name is not None and value is not None and value.type in _FUNCTIONS:
                    found[text(name, src)] = value
    return found


#: Wrappers that return the component they are given: `memo(Row)`, `React.forwardRef((props, ref) => …)`.
_WRAPPERS = frozenset({"memo", "React.memo", "forwardRef", "React.forwardRef", "observer"})


def unwrapped(value: TSNode, src: bytes) -> TSNode:
    """The function inside `memo(…)`, `forwardRef(…)` (nested: `memo(forwardRef(…))`), else `value`."""
    for _ in range(4):
        if value.type != "call_expression":
            break
        function, args = value.child_by_field_name("function"), value.child_by_field_name("arguments")
        if function is None or args is None or text(function, src) not in _WRAPPERS:
            break
        inner = [a for a in args.named_children if a.type != "comment"]
        if not inner:
            break
        value = inner[0]
    return value


def props_of(function: TSNode) -> Param | None:
    """The props parameter (`props`, `{ label, checked = false }`), None when there is none or another shape.
    `function Row(props) { const { title, checked } = props; … }` reads as `function Row({ title, checked })`
    with `props` kept (`props.url`)."""
    if function.type == "method_definition":  # a class component's `render()`: its props are `this.props`
        param: Param | None = "this.props"
    else:
        found = parameters(function, 1)
        param = found[0] if found else None
    body = function.child_by_field_name("body")
    if not isinstance(param, str) or body is None or body.type != "statement_block":
        return param
    pairs: list[tuple[str, str, TSNode | None]] = []
    for statement in body.named_children:
        if statement.type != "lexical_declaration":
            continue
        for declarator in statement.named_children:
            name = declarator.child_by_field_name("name") if declarator.type == "variable_declarator" else None
            value = declarator.child_by_field_name("value") if name is not None else None
            if name is not None and value is not None and name.type == "object_pattern" \
                    and value.type in ("identifier", "member_expression") and value.text == param.encode():
                pairs.extend(object_pattern(name) or [])
    return [(_WHOLE, param, None), *pairs] if pairs else param


def function_name(function: TSNode, src: bytes) -> str | None:
    """The name a component function is declared under (`function Row`, `const Row = () =>`, `memo(…)` around)."""
    if function.type == "method_definition":  # `render()`: the class's name
        owner = function.parent.parent if function.parent is not None else None
        function = owner if owner is not None else function
    name = function.child_by_field_name("name")
    if name is not None:
        return text(name, src)
    parent = function.parent
    while parent is not None and parent.type in ("arguments", "call_expression", "parenthesized_expression"):
        parent = parent.parent  # `const Row = memo((props) => …)`
    name = parent.child_by_field_name("name") if parent is not None and parent.type == "variable_declarator" else None
    return text(name, src) if name is not None and name.type == "identifier" else None


def default_props(root: TSNode, src: bytes, function: TSNode, lookup: Lookup, shown: str) -> dict[str, Valued]:
    """`Row.defaultProps = { checked: true }` written at the top of the module: what a prop a use does not pass is."""
    name = function_name(function, src)
    if name is None or b"defaultProps" not in src:
        return {}
    found: dict[str, Valued] = {}
    objects: list[TSNode] = []
    for statement in root.named_children:
        expr = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children \
            else None
        if expr is None or expr.type != "assignment_expression":
            continue
        left, right = expr.child_by_field_name("left"), expr.child_by_field_name("right")
        if left is not None and right is not None and right.type == "object" and text(left, src) == \
                f"{name}.defaultProps":
            objects.append(right)
    if function.type == "method_definition" and function.parent is not None:  # `static defaultProps = {…}`
        for member in function.parent.named_children:
            field = member.child_by_field_name("property") or member.child_by_field_name("name")  # JS, TS
            value = member.child_by_field_name("value")
            if member.type in ("public_field_definition", "field_definition") and field is not None \
                    and value is not None and text(field, src) == "defaultProps" and value.type == "object":
                objects.append(value)
    for right in objects:
        for pair in right.named_children:
            key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
            if pair.type != "pair" or key is None or value is None:
                continue
            result, evidence = evaluate(value, src, lookup)
            if result is not UNKNOWN:
                prop = text(key, src).strip("'\"")
                written = f"{name}.defaultProps.{prop} = {text(value, src)[:40]}"
                note = Evidence(shown, value.start_point[0] + 1, written)
                found[prop] = (result, (note, *evidence))
    return found


#: The key that stands for the props object itself in a destructured parameter list (not a property name: `*`).
_WHOLE = "*"


class Props:
    """What one use passes: each prop's value as read where it is written, with evidence naming the use."""

    __slots__ = ("given", "open")

    def __init__(self, given: dict[str, Valued], open_ended: bool) -> None:
        self.given = given
        #: A `{...spread}` whose keys cannot be known: a prop not written may still be passed.
        self.open = open_ended

    def whole(self, leave_out: Collection[str] = ()) -> Valued:
        """The props object (`{...props}`, `...rest` less the keys `leave_out`): known when no spread may pass more.
        Its keys' evidence is read through their paths (`props.checked`), not from this object."""
        if self.open:
            return UNKNOWN, ()
        return {k: v[0] for k, v in self.given.items() if k not in leave_out}, ()

    def get(self, key: str) -> Valued | None:
        """The prop's value; None when it is not passed (the default applies)."""
        if key == "children":
            return UNKNOWN, ()
        found = self.given.get(key)
        if found is None and self.open:
            return UNKNOWN, ()
        return found


def props_lookup(param: Param | None, props: Props, outer: Lookup, src: bytes, shown: str = "") -> Lookup:
    """The component's lookup at one use: its props first, then its own state and the module's (`outer`).
    A default that applies is evidence (`defaultChecked = true (not passed)`), in the component's file `shown`."""
    if param is None:
        return outer
    if isinstance(param, str):
        def whole(path: str) -> Valued:
            if path != param and not path.startswith(param + "."):  # `props.x`, `this.props.x`
                return outer(path)
            key, _, deeper = path[len(param) + 1 :].partition(".")
            if not key:  # the props object itself (`{...props}`): what the use passes, when that is all it may
                return props.whole()
            return _read(props.get(key) or (UNDEFINED, ()), deeper)

        return whole
    locals_ = {local: (key, default) for key, local, default in param}
    listed = {key for key, _, _ in param}

    dotted = next((local for key, local, _ in param if key == _WHOLE and "." in local), None)

    def destructured(path: str) -> Valued:
        if dotted is not None and (path == dotted or path.startswith(dotted + ".")):
            head, rest = dotted, path[len(dotted) + 1 :]  # `this.props.x` beside `const { y } = this.props`
        else:
            head, _, rest = path.partition(".")
        entry = locals_.get(head)
        if entry is None:
            return outer(path)
        key, default = entry
        if key == REST:  # `...rest`: `rest.checked` is the prop `checked` (one the pattern lists is not in it)
            key, _, rest = rest.partition(".")
            if not key:  # the object itself (`<Checkbox {...rest}/>`): its keys are what the use passes
                return props.whole(listed)
            return _read(props.get(key) or (UNDEFINED, ()) if key not in listed else (UNDEFINED, ()), rest)
        if key == _WHOLE:  # `props` itself, beside what the body destructures from it
            key, _, rest = rest.partition(".")
            if not key:
                return props.whole()
            return _read(props.get(key) or (UNDEFINED, ()), rest)
        given = props.get(key)
        if given is None or given[0] is UNDEFINED:
            given = evaluate(default, src, outer) if default is not None else (UNDEFINED, ())
            if default is not None and shown and given[0] is not UNKNOWN:
                note = f"{head} = {text(default, src)[:40]} (not passed)"
                given = given[0], (Evidence(shown, default.start_point[0] + 1, note), *given[1])
        return _read(given, rest)

    return destructured


def _read(valued: Valued, rest: str) -> Valued:
    value, evidence = valued
    for key in rest.split(".") if rest else ():
        if value is UNKNOWN:
            return UNKNOWN, ()
        value = value.get(key, UNDEFINED) if isinstance(value, dict) else UNKNOWN
    return (value, evidence) if value is not UNKNOWN else (UNKNOWN, ())


def use_evidence(shown: str, line: int, tag: str, key: str, written: str | None, value: Any,
                 found: tuple[Evidence, ...]) -> Valued:
    """A prop's value at a use, with the use as the first evidence (`checked={marketing} on <SwitchRow>`)."""
    note = f"{key} on <{tag}>" if written is None else f"{key}={written} on <{tag}>"
    return value, (Evidence(shown, line, note), *found)


#: Where a parameter list's names sit: a pattern's own names, not its defaults or its type annotations.
_PATTERN_FIELDS = {"assignment_pattern": ("left",), "object_assignment_pattern": ("left",),
                   "pair_pattern": ("value",), "required_parameter": ("pattern",), "optional_parameter": ("pattern",)}
_NAME_NODES = ("identifier", "shorthand_property_identifier_pattern")


def parameter_names(node: TSNode, stop: TSNode | None) -> frozenset[str]:
    """The names the parameters of the functions around `node` bind, up to (not including) `stop`: inside
    `list.map(({ checked }) => <Checkbox checked={checked}/>)` or `const Row = ({ agree }) => …` nested in a page,
    `checked` and `agree` are those parameters, not the page's state of the same name."""
    names: set[str] = set()
    functions: list[TSNode] = []
    parent = node.parent
    while parent is not None and not (stop is not None and parent.id == stop.id):
        if parent.type in _FUNCTIONS or parent.type == "method_definition":
            functions.append(parent)
            for field in ("parameter", "parameters"):
                listed = parent.child_by_field_name(field)
                if listed is not None:
                    _pattern_names(listed, names)
        parent = parent.parent
    # What a nested function declares in its body is its own too (`items.map(item => { const checked = …`); the
    # outermost function's declarations are the component's state, which its lookup reads.
    inner = functions if stop is not None else functions[:-1]
    for function in inner:
        body = function.child_by_field_name("body")
        for statement in body.named_children if body is not None and body.type == "statement_block" else ():
            if statement.type in ("lexical_declaration", "variable_declaration"):
                for declarator in statement.named_children:
                    declared = declarator.child_by_field_name("name") if declarator.type == "variable_declarator" \
                        else None
                    if declared is not None:
                        _pattern_names(declared, names)
    return frozenset(names)


def _pattern_names(pattern: TSNode, names: set[str]) -> None:
    stack = [pattern]
    while stack:
        node = stack.pop()
        if node.type in _NAME_NODES:
            names.add((node.text or b"").decode("utf-8", "replace"))
        elif node.type in _PATTERN_FIELDS:
            stack.extend(c for f in _PATTERN_FIELDS[node.type] if (c := node.child_by_field_name(f)) is not None)
        elif node.type not in ("type_annotation", "comment"):
            stack.extend(node.named_children)


def shadowed(names: frozenset[str], outer: Lookup) -> Lookup:
    """`outer`, but unknown for the names a nested function's parameters bind (`parameter_names`)."""
    if not names:
        return outer

    def lookup(path: str) -> Valued:
        return (UNKNOWN, ()) if path.partition(".")[0] in names else outer(path)

    return lookup

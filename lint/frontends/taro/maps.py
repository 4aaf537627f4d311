"""`LIST.map(item => <X/>)` over a list known at first render, rendered once per item.

A registration page often renders its agreements or its footer links from a constant::

    const CONSENT_ITEMS = [{ label: '我已阅读并同意《隐私政策》', defaultChecked: true }, ...]
    {CONSENT_ITEMS.map(item => <Checkbox checked={item.defaultChecked}>{item.label}</Checkbox>)}

When the list evaluates to known items (a module constant, a `useState([...])` the page does not change at
start-up) the callback's JSX is built once per item with its parameters known, as mini-program loops are
(mini/loops.py, whose `MAX_ITEMS` and item reading this shares). Anything else stays as before: the JSX is built
once with its names unknown and its visibility unknown (a fetched list, `.filter(...).map`, a callback whose
body is more than one `return`, parameters other than a name or `{ a, b: c }`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lint.finding import Evidence
from lint.frontends.expr import UNDEFINED, UNKNOWN, Lookup, Valued, evaluate
from lint.frontends.mini.jsnodes import text
from lint.frontends.mini.loops import MAX_ITEMS, LoopItem
from lint.frontends.taro.reached import returns

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

_CALLBACKS = ("arrow_function", "function_expression", "function")
#: Maps inside maps inside maps: deeper nesting than any page writes is left unknown (a hostile file is bounded).
MAX_DEPTH = 4
#: Items rendered per module: nested maps multiply (50 × 50 × 50); past this a list is read as before (unknown).
MAX_RENDERED = 1000
#: Where a parameter's name sits in the TypeScript wrappers (`(item: Item) =>`, `(item = {}) =>`).
_WRAPPED = {"required_parameter": "pattern", "optional_parameter": "pattern", "assignment_pattern": "left"}



def mapped(call: TSNode, src: bytes, lookup: Lookup, shown: str) -> tuple[TSNode, list[Lookup]] | None:
    """The callback's JSX expression and one lookup per item, for `list.map(callback)` over a known list; None
    for anything else."""
    function, args = call.child_by_field_name("function"), call.child_by_field_name("arguments")
    if function is None or args is None or function.type != "member_expression":
        return None
    prop, target = function.child_by_field_name("property"), function.child_by_field_name("object")
    if prop is None or target is None or text(prop, src) != "map":
        return None
    callbacks = [a for a in args.named_children if a.type != "comment"]
    if not callbacks or callbacks[0].type not in _CALLBACKS:
        return None
    callback = callbacks[0]
    body = _returned(callback.child_by_field_name("body"))
    params = parameters(callback)
    if body is None or params is None:
        return None
    items, evidence = evaluate(target, src, lookup)
    if not isinstance(items, list) or not 0 < len(items) <= MAX_ITEMS or any(i is UNKNOWN for i in items):
        return None  # unknown, empty, a product list, or a spread: how many items render is not known
    listed = text(target, src)
    where = evidence[0] if evidence else Evidence(shown, call.start_point[0] + 1, f"{listed}.map(...)")
    lookups = [item_lookup(_names(params, item, index, f"{listed}[{index}]", where, src, lookup), lookup)
               for index, item in enumerate(items)]
    return body, lookups


def _returned(body: TSNode | None) -> TSNode | None:
    """An arrow function's expression body; a block that is a single `return x` (x); a block of `if (…) return …`
    guards before its `return` (the block: jsx.py reads it as a component body, reached.py); else None."""
    if body is None:
        return None
    if body.type != "statement_block":
        return body
    statements = [s for s in body.named_children if s.type != "comment"]
    if not statements or statements[-1].type != "return_statement":
        return None
    if len(statements) > 1:
        # Statements that compute what it shows (`const label = …`) are not followed; guards that return are.
        guards = all(s.type == "if_statement" and s.child_by_field_name("alternative") is None
                     and (c := s.child_by_field_name("consequence")) is not None and returns(c)
                     for s in statements[:-1])
        return body if guards else None
    returned = [c for c in statements[0].named_children if c.type != "comment"]
    return returned[0] if returned else None


#: A parameter: a plain name, or an object pattern's (key, local name, default or None) entries.
Param = str | list[tuple[str, str, "TSNode | None"]]


def parameters(callback: TSNode, most: int = 2) -> list[Param] | None:
    """The first `most` parameters (`item`, `{ key, label: text, checked = false }`, `index`); None when one
    has another shape."""
    single = callback.child_by_field_name("parameter")
    if single is not None:
        return [single.text.decode("utf-8", "replace")] if single.type == "identifier" and single.text else None
    listed = callback.child_by_field_name("parameters")
    if listed is None:
        return None
    params: list[Param] = []
    for param in listed.named_children[:most]:
        while param.type in _WRAPPED and param.child_by_field_name(_WRAPPED[param.type]) is not None:
            param = param.child_by_field_name(_WRAPPED[param.type])  # type: ignore[assignment]
        if param.type == "identifier":
            params.append((param.text or b"").decode("utf-8", "replace"))
        elif param.type == "object_pattern" and len(params) == 0:
            pairs = object_pattern(param)
            if pairs is None:
                return None
            params.append(pairs)
        else:
            return None
    return params


def _name(node: TSNode) -> str:
    return (node.text or b"").decode("utf-8", "replace").strip("'\"")


def object_pattern(pattern: TSNode) -> list[tuple[str, str, TSNode | None]] | None:
    pairs: list[tuple[str, str, TSNode | None]] = []
    for entry in pattern.named_children:
        if entry.type == "shorthand_property_identifier_pattern":
            pairs.append((_name(entry), _name(entry), None))
        elif entry.type == "object_assignment_pattern":  # `{ checked = false }`
            left, right = entry.child_by_field_name("left"), entry.child_by_field_name("right")
            if left is None or left.type != "shorthand_property_identifier_pattern":
                return None
            pairs.append((_name(left), _name(left), right))
        elif entry.type == "pair_pattern":  # `{ label: text }`, `{ checked: on = false }`
            key, value = entry.child_by_field_name("key"), entry.child_by_field_name("value")
            default = None
            if value is not None and value.type == "assignment_pattern":
                default = value.child_by_field_name("right")
                value = value.child_by_field_name("left")
            if key is None or value is None or value.type != "identifier":
                return None
            pairs.append((_name(key), _name(value), default))
        elif entry.type == "rest_pattern" and entry.named_children and entry.named_children[0].type == "identifier":
            pairs.append((REST, _name(entry.named_children[0]), None))  # `{ label, ...rest }`: the other keys
        elif entry.type != "comment":
            return None  # a nested pattern: not followed
    return pairs


#: The key of `...rest` in a destructuring pattern (no property name can be it): the keys not listed before it.
REST = "..."


def _names(params: list[Param], item: Any, index: int, label: str, where: Evidence, src: bytes,
           outer: Lookup) -> dict[str, LoopItem]:
    names: dict[str, LoopItem] = {}
    for position, param in enumerate(params):
        if position == 1 and isinstance(param, str):
            names[param] = LoopItem(index, "", where)
        elif isinstance(param, str):
            names[param] = LoopItem(item, label, where)
        else:
            listed = {key for key, _, _ in param}
            for key, local, default in param:
                if key == REST:
                    rest = {k: v for k, v in item.items() if k not in listed} if isinstance(item, dict) else UNKNOWN
                    names[local] = LoopItem(rest, label, where)
                    continue
                value = item.get(key, UNDEFINED) if isinstance(item, dict) else UNKNOWN
                if value is UNDEFINED and default is not None:
                    value = evaluate(default, src, outer)[0]  # a destructuring default: what a missing key gets
                names[local] = LoopItem(value, f"{label}.{key}", where)
    return names


def item_lookup(names: dict[str, LoopItem], outer: Lookup) -> Lookup:
    """`outer`, with each of `names` read from its value (a list item, a helper's argument)."""

    def lookup(path: str) -> Valued:
        head, _, rest = path.partition(".")
        found = names.get(head)
        return found.read(rest) if found is not None else outer(path)

    return lookup

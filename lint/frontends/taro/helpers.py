"""Render helpers: functions a Taro module calls inside JSX to build part of a tree (`{renderFooter()}`,
`{this.renderAgreement(true)}`, `{showTerms && renderTerms()}`).

Read alone, a helper's JSX would be a tree of its own: rendered whatever guards the call, under no parent (so
neither a hidden ancestor nor an inherited font size reaches it), with its parameters unknown. Called in JSX, it is
built where it is called instead (jsx.py), under the calling element and its condition, with each plain parameter
bound to the argument passed (`renderLegal(false)`). A helper never called in JSX (a render prop, a callback) is
read alone as before. Components (capitalised, rendered as `<Row/>`) are components.py's.
"""

from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING, Any

from lint.finding import Evidence
from lint.frontends.expr import UNDEFINED, Lookup, evaluate
from lint.frontends.mini.jsnodes import text
from lint.frontends.mini.loops import LoopItem
from lint.frontends.taro.maps import item_lookup

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

#: Calls of one helper built in place per module: past this a call is left as before (the helper read alone).
MAX_CALLS = 64



#: Function definitions with their names, and JSX: found by a query, in C (walking every node in Python is what
#: a large module cannot afford).
_DEFINITIONS = """
(variable_declarator name: (identifier) @name value: [(arrow_function) (function_expression)] @fn)
(function_declaration name: (identifier) @name) @fn
(method_definition name: (property_identifier) @name) @fn
"""
_JSX = "[(jsx_element) (jsx_self_closing_element)] @jsx"


@functools.cache
def _queries(language: Any) -> tuple[Any, Any]:
    from tree_sitter import Query

    return Query(language, _DEFINITIONS), Query(language, _JSX)


def jsx_starts(root: TSNode, language: Any) -> list[int] | None:
    """Where each JSX element of the module starts, sorted; None without a grammar to query."""
    if language is None:
        return None
    from tree_sitter import QueryCursor

    return sorted(n.start_byte for n in QueryCursor(_queries(language)[1]).captures(root).get("jsx", []))


def holds_jsx(node: TSNode, starts: list[int]) -> bool:
    at = bisect.bisect_left(starts, node.start_byte)
    return at < len(starts) and starts[at] < node.end_byte


def render_helpers(root: TSNode, src: bytes, language: Any, starts: list[int] | None) -> dict[str, TSNode]:
    """Functions with a lower-case name (`const renderFooter = () => …`, `function renderTerms()`, a class's
    `renderAgreement() {}`) that hold JSX (`starts`, `jsx_starts`); a name defined twice is left out (which one a
    call means is not followed). Whether and where each is called is the builder's (`called`)."""
    if language is None or not starts:
        return {}
    from tree_sitter import QueryCursor

    definitions = _queries(language)[0]
    found: dict[str, TSNode] = {}
    twice: set[str] = set()
    for _, captured in QueryCursor(definitions).matches(root):
        names, functions = captured.get("name", []), captured.get("fn", [])
        if len(names) != 1 or len(functions) != 1:
            continue
        name, function = text(names[0], src), functions[0]
        if not name[:1].islower() or name == "render":
            continue
        if holds_jsx(function, starts):
            if name in found:
                twice.add(name)
            found[name] = function
    return {name: fn for name, fn in found.items() if name not in twice}


def called(call: TSNode, src: bytes, helpers: dict[str, TSNode]) -> str | None:
    """The helper a call expression calls (`renderFooter()`, `this.renderFooter()`), else None."""
    function = call.child_by_field_name("function")
    if function is None:
        return None
    if function.type == "member_expression":
        target, prop = function.child_by_field_name("object"), function.child_by_field_name("property")
        if target is None or prop is None or target.type != "this":
            return None
        function = prop
    name = text(function, src) if function.type in ("identifier", "property_identifier") else ""
    return name if name in helpers else None


def arguments_lookup(function: TSNode, call: TSNode, src: bytes, at_call: Lookup, outer: Lookup,
                     shown: str) -> Lookup:
    """`outer`, with each plain parameter of `function` the value of the argument the call passes (read where
    the call is), a parameter given nothing `undefined`."""
    params = function.child_by_field_name("parameters")
    args = call.child_by_field_name("arguments")
    listed = [p for p in params.named_children if p.type != "comment"] if params is not None else []
    passed = [a for a in args.named_children if a.type != "comment"] if args is not None else []
    line = call.start_point[0] + 1
    names: dict[str, LoopItem] = {}
    for index, param in enumerate(listed):
        if param.type in ("required_parameter", "optional_parameter"):
            param = param.child_by_field_name("pattern") or param
        if param.type != "identifier":
            continue  # a pattern or a default: left to the shadowing (unknown)
        name = text(param, src)
        if index < len(passed):
            value, _ = evaluate(passed[index], src, at_call)
            written = " ".join(text(passed[index], src).split())[:40]
        else:
            value, written = UNDEFINED, "nothing"
        names[name] = LoopItem(value, name, Evidence(shown, line, f"{name} = {written} at the call"))
    return item_lookup(names, outer)

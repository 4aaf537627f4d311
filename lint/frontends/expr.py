"""A small JavaScript evaluator for what templates bind: literals, data paths and operators.

Used for `{{ }}` expressions, `data` literals in page scripts and (later) Vue/React bindings.
It evaluates only when every operand is known; anything else is `UNKNOWN`, never a guess.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from lint.finding import Evidence

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode


class _Unknown:
    __slots__ = ()

    def __repr__(self) -> str:
        return "UNKNOWN"


class _Undefined:
    __slots__ = ()

    def __repr__(self) -> str:
        return "undefined"


UNKNOWN: Any = _Unknown()
UNDEFINED: Any = _Undefined()
#: (value, evidence that decided it)
Valued = tuple[Any, tuple[Evidence, ...]]
#: Resolves a dotted data path to a value, or UNKNOWN when the path is not statically known.
Lookup = Callable[[str], Valued]


def _no_lookup(_: str) -> Valued:
    return UNKNOWN, ()


#: What a lookup is asked for a translation (`$t('login.agree')`): this prefix, then the key. A frontend that
#: knows the project's messages answers it (i18n.py); any other lookup knows no such path: unknown.
TRANSLATION = "\x00t:"
#: The functions that look a message up by its key: vue-i18n's `$t` (and `this.$t`), `t` from `useI18n()` or
#: i18next's `useTranslation()`, and i18next's own `i18n.t`.
_TRANSLATORS = frozenset({b"$t", b"t", b"this.$t", b"i18n.t", b"i18n.global.t"})


def truthy(value: Any) -> Any:
    if value is UNKNOWN:
        return UNKNOWN
    if value is None or value is UNDEFINED or value is False:
        return False
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value == value and value != 0  # NaN is falsy
    if isinstance(value, str):
        return value != ""
    return True


def to_display(value: Any) -> str:
    if value is True or value is False:
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str):
        return value
    return repr(value) if value is UNKNOWN or value is UNDEFINED else json.dumps(value, ensure_ascii=False, default=str)


def _strict_equal(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return float(a) == float(b)
    if a is None or b is None or a is UNDEFINED or b is UNDEFINED:
        return a is b
    return type(a) is type(b) and a == b and isinstance(a, str)


def _loose_equal(a: Any, b: Any) -> bool:
    nullish = (None, UNDEFINED)
    if a in nullish or b in nullish:
        return a in nullish and b in nullish
    if (isinstance(a, str) and isinstance(b, int | float)) or (isinstance(b, str) and isinstance(a, int | float)):
        try:
            return float(a) == float(b)
        except ValueError:
            return False
    return _strict_equal(a, b)


def _number(text: str) -> Any:
    try:
        return int(text, 0) if text.isdigit() or text.lower().startswith("0x") else float(text.replace("_", ""))
    except ValueError:
        return UNKNOWN


def _string(node: TSNode, src: bytes) -> str:
    raw = src[node.start_byte + 1 : node.end_byte - 1].decode("utf-8", "replace")
    try:
        return str(json.loads('"' + raw.replace('"', '\\"').replace("\\'", "'") + '"'))
    except ValueError:
        return raw


def path_of(node: TSNode, src: bytes) -> str | None:
    """`a.b.c` / `a['b']` as a dotted path, or None for anything computed."""
    if node.type in ("identifier", "property_identifier", "shorthand_property_identifier", "this"):
        return src[node.start_byte : node.end_byte].decode()
    if node.type == "member_expression":
        obj, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
        base = path_of(obj, src) if obj is not None else None
        if base is None or prop is None:
            return None
        return f"{base}.{src[prop.start_byte:prop.end_byte].decode()}"
    if node.type == "subscript_expression":
        obj, index = node.child_by_field_name("object"), node.child_by_field_name("index")
        base = path_of(obj, src) if obj is not None else None
        if base is None or index is None:
            return None
        if index.type == "string":
            return f"{base}.{_string(index, src)}"
        if index.type == "number":
            return f"{base}.{src[index.start_byte:index.end_byte].decode()}"
    return None


def evaluate(node: TSNode, src: bytes, lookup: Lookup = _no_lookup) -> Valued:
    try:
        return _evaluate(node, src, lookup)
    except RecursionError:
        # A hostile file can nest `((((...))))` or `[[[[...]]]]` thousands deep: unknown, not a crash.
        return UNKNOWN, ()


def _evaluate(node: TSNode, src: bytes, lookup: Lookup) -> Valued:
    kind = node.type
    if kind in ("parenthesized_expression", "expression_statement", "as_expression", "satisfies_expression",
                "non_null_expression", "type_assertion"):
        # `<T>x` writes its type first: the expression is its last child (the others' first).
        inner = node.named_children[-1 if kind == "type_assertion" else 0] if node.named_children else None
        return evaluate(inner, src, lookup) if inner is not None else (UNKNOWN, ())
    if kind == "true":
        return True, ()
    if kind == "false":
        return False, ()
    if kind == "null":
        return None, ()
    if kind == "undefined":
        return UNDEFINED, ()
    if kind == "number":
        return _number(src[node.start_byte : node.end_byte].decode()), ()
    if kind == "string":
        return _string(node, src), ()
    if kind == "template_string":
        return _template(node, src, lookup)
    if kind in ("identifier", "member_expression", "subscript_expression"):
        if kind == "identifier" and src[node.start_byte : node.end_byte] == b"undefined":
            return UNDEFINED, ()
        path = path_of(node, src)
        if path is None and kind == "subscript_expression":
            return _computed_subscript(node, src, lookup)
        return lookup(path) if path is not None else (UNKNOWN, ())
    if kind == "unary_expression":
        return _unary(node, src, lookup)
    if kind == "binary_expression":
        return _binary(node, src, lookup)
    if kind == "ternary_expression":
        cond, evid = evaluate(node.child_by_field_name("condition"), src, lookup)  # type: ignore[arg-type]
        test = truthy(cond)
        if test is UNKNOWN:
            return UNKNOWN, ()
        branch = node.child_by_field_name("consequence" if test else "alternative")
        value, more = evaluate(branch, src, lookup) if branch is not None else (UNKNOWN, ())
        return value, (*evid, *more)
    if kind == "call_expression":
        function = node.child_by_field_name("function")
        if function is not None and src[function.start_byte : function.end_byte] in _TRANSLATORS:
            return _translated(node, src, lookup)
        return _method(node, src, lookup)
    if kind == "array":
        items = [evaluate(c, src, lookup)[0] for c in node.named_children]
        return items, ()
    if kind == "object":
        return _object(node, src, lookup), ()
    return UNKNOWN, ()


def _template(node: TSNode, src: bytes, lookup: Lookup) -> Valued:
    """`display: ${open ? 'flex' : 'none'}` when every substitution is known: what JavaScript's String() gives a
    string, number, boolean, null or undefined (a list or an object is not joined here: unknown)."""
    pieces: list[bytes | str] = []
    evidence: list[Evidence] = []
    at = node.start_byte + 1
    for child in node.named_children:
        if child.type != "template_substitution":
            continue
        pieces.append(src[at : child.start_byte])
        inner = [c for c in child.named_children if c.type != "comment"]
        value, found = evaluate(inner[0], src, lookup) if len(inner) == 1 else (UNKNOWN, ())
        if value is UNKNOWN or isinstance(value, list | dict):
            return UNKNOWN, ()
        pieces.append(to_display(value))
        evidence.extend(found)
        at = child.end_byte
    pieces.append(src[at : node.end_byte - 1])
    text = "".join(p.decode("utf-8", "replace") if isinstance(p, bytes) else p for p in pieces)
    return text, tuple(evidence)


def _computed_subscript(node: TSNode, src: bytes, lookup: Lookup) -> Valued:
    """`prefs[item.key]`, `list[index]`: a known key read from the object's path (`prefs.marketing`)."""
    target, index = node.child_by_field_name("object"), node.child_by_field_name("index")
    base = path_of(target, src) if target is not None else None
    if base is None or index is None:
        return UNKNOWN, ()
    key, evidence = evaluate(index, src, lookup)
    if isinstance(key, bool) or not isinstance(key, str | int) or (isinstance(key, str) and not key):
        return UNKNOWN, ()
    value, more = lookup(f"{base}.{key}")
    return value, (*evidence, *more) if value is not UNKNOWN else ()


#: Methods of a list or a string whose answer depends only on it and one primitive argument.
_SEARCHES = frozenset({"includes", "indexOf"})


def _translated(node: TSNode, src: bytes, lookup: Lookup) -> Valued:
    """`$t('login.agree')`: the message the lookup knows for a literal key; with named parameters
    (`$t('k', {name})`) the message's placeholders stay unfilled, and the lookup decides what that shows."""
    args = node.child_by_field_name("arguments")
    passed = [a for a in args.named_children if a.type != "comment"] if args is not None else []
    if not passed or passed[0].type != "string":
        return UNKNOWN, ()
    return lookup(TRANSLATION + _string(passed[0], src))


def _method(node: TSNode, src: bytes, lookup: Lookup) -> Valued:
    """`list.includes(x)`, `list.indexOf(x)` (and a string's) on known values: a checkbox group's first-render
    selection (`checked={checkedList.includes('privacy')}` with `useState(['privacy'])`). Anything else: unknown."""
    function, args = node.child_by_field_name("function"), node.child_by_field_name("arguments")
    if function is None or args is None or function.type != "member_expression":
        return UNKNOWN, ()
    prop, target = function.child_by_field_name("property"), function.child_by_field_name("object")
    passed = [a for a in args.named_children if a.type != "comment"]
    method = src[prop.start_byte : prop.end_byte].decode("utf-8", "replace") if prop is not None else ""
    if target is None or len(passed) != 1 or method not in _SEARCHES:
        return UNKNOWN, ()
    whole, evidence = evaluate(target, src, lookup)
    wanted, more = evaluate(passed[0], src, lookup)
    if wanted is UNKNOWN or isinstance(wanted, list | dict) or not isinstance(whole, list | str):
        return UNKNOWN, ()
    if isinstance(whole, list):
        if any(item is UNKNOWN for item in whole):
            return UNKNOWN, ()  # a spread or an unknown entry may be the one asked for
        at = next((i for i, item in enumerate(whole) if _strict_equal(item, wanted)), -1)
    elif isinstance(wanted, str):
        at = whole.find(wanted)
    else:
        return UNKNOWN, ()
    return (at >= 0 if method == "includes" else at), (*evidence, *more)


def _object(node: TSNode, src: bytes, lookup: Lookup) -> Any:
    result: dict[str, Any] = {}
    for pair in node.named_children:
        if pair.type == "pair":
            key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
            if key is None or value is None:
                return UNKNOWN
            name = _string(key, src) if key.type == "string" else src[key.start_byte : key.end_byte].decode()
            result[name] = evaluate(value, src, lookup)[0]
        elif pair.type == "shorthand_property_identifier":
            name = src[pair.start_byte : pair.end_byte].decode()
            result[name] = lookup(name)[0]
        else:
            return UNKNOWN  # spreads and methods: the object is not statically known
    return result


def _unary(node: TSNode, src: bytes, lookup: Lookup) -> Valued:
    operator = node.child_by_field_name("operator")
    argument = node.child_by_field_name("argument")
    if operator is None or argument is None:
        return UNKNOWN, ()
    op = src[operator.start_byte : operator.end_byte].decode()
    value, evid = evaluate(argument, src, lookup)
    if value is UNKNOWN:
        return UNKNOWN, ()
    if op == "!":
        return (not truthy(value)), evid
    if op in ("-", "+") and isinstance(value, int | float) and not isinstance(value, bool):
        return (-value if op == "-" else value), evid
    if op == "void":
        return UNDEFINED, ()
    return UNKNOWN, ()


def _binary(node: TSNode, src: bytes, lookup: Lookup) -> Valued:
    operator = node.child_by_field_name("operator")
    left_node, right_node = node.child_by_field_name("left"), node.child_by_field_name("right")
    if operator is None or left_node is None or right_node is None:
        return UNKNOWN, ()
    op = src[operator.start_byte : operator.end_byte].decode()
    left, levid = evaluate(left_node, src, lookup)
    if op in ("&&", "||", "??"):
        if left is UNKNOWN:
            return UNKNOWN, ()
        short = (op == "&&" and not truthy(left)) or (op == "||" and truthy(left)) or (
            op == "??" and left not in (None, UNDEFINED))
        if short:
            return left, levid
        right, revid = evaluate(right_node, src, lookup)
        return right, (*levid, *revid)
    right, revid = evaluate(right_node, src, lookup)
    if left is UNKNOWN or right is UNKNOWN:
        return UNKNOWN, ()
    evid = (*levid, *revid)
    result = _compare(op, left, right)
    return result, evid if result is not UNKNOWN else ()


def _compare(op: str, left: Any, right: Any) -> Any:
    if op == "===":
        return _strict_equal(left, right)
    if op == "!==":
        return not _strict_equal(left, right)
    if op == "==":
        return _loose_equal(left, right)
    if op == "!=":
        return not _loose_equal(left, right)
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (left, right))
    if numbers and op in ("<", ">", "<=", ">="):
        return {"<": left < right, ">": left > right, "<=": left <= right, ">=": left >= right}[op]
    if op == "+" and (isinstance(left, str) or isinstance(right, str)):
        return to_display(left) + to_display(right)
    if numbers and op in ("+", "-", "*"):
        return {"+": left + right, "-": left - right, "*": left * right}[op]
    return UNKNOWN


def parse_expression(text: str) -> tuple[TSNode | None, bytes]:
    """Parses one JavaScript expression (the inside of `{{ }}`); None if it is not one.

    Remembered per process: pages repeat the same few bindings (`{{isAgree}}`), and a parsed
    expression is only read, never changed, by `evaluate`.
    """
    node, src, _ = _parsed(text)
    return node, src


@functools.lru_cache(maxsize=8192)
def _parsed(text: str) -> tuple[TSNode | None, bytes, object]:
    """(expression node, source, the tree that owns the node: kept alive with it)."""
    from lint.frontends.ts import parser

    src = f"({text}\n)".encode()
    tree = parser("javascript").parse(src)
    root = tree.root_node
    if root.has_error or root.named_child_count != 1:
        return None, src, tree
    statement = root.named_children[0]
    if statement.type != "expression_statement" or not statement.named_children:
        return None, src, tree
    return statement.named_children[0], src, tree

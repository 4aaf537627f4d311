"""Where a start-up statement writes, read from its bytes: each `setData(`, `await`, `return` and page-method name
found is looked up in the tree, with whether it lies in a callback (lifecycle.py applies what it finds).

Walking every node of every hook and method statement (or a query per body) was most of a page's script time; a
statement holds few of these, and finding them in its bytes first leaves the tree a handful of lookups.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from lint.frontends.mini.jsnodes import text

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

_FUNCTIONS = frozenset({"function_expression", "arrow_function", "function_declaration", "function"})
SET_DATA = re.compile(rb"\bsetData\s*\(")
#: Array methods that change their list (`forEach` through its callback: `a => { a.checked = false }`); the
#: mini-program and uni-app start-up readers share them.
MUTATORS = frozenset({"push", "pop", "shift", "unshift", "splice", "sort", "reverse", "fill", "forEach"})
#: `that.data.list[1].checked = x`, `this.data.list.splice(`, `this.data.count += 1` (not `==`).
IN_PLACE = re.compile(rb"\b([A-Za-z_$][\w$]*)\.data\.([A-Za-z_$][\w$]*)((?:\[[^\]\n]*\]|\.[A-Za-z_$][\w$]*)*)"
                      rb"\s*(?:[-+*/%&|^]?=(?!=)|\.?(?:" + "|".join(sorted(MUTATORS)).encode() + rb")\s*\()")


#: A write to a member (`i.checked = false`, `row['on'] = 0`; not `==`, `=>`, `<=`): what makes a forEach change items.
MEMBER_WRITE = re.compile(rb"[\w$\]]\s*(?:\.[A-Za-z_$][\w$]*|\[[^\]\n]*\])\s*(?<![=!<>])=(?![=>])")


def changes(found: re.Match[bytes], chunk: bytes) -> bool:
    """Whether an `IN_PLACE` match changes the list: an assignment or a mutating call does; a `forEach` only when
    its callback writes to an item's member (`list.forEach(i => { i.checked = false })`, not a count of them)."""
    if not found.group(0).rstrip(b" \t(").endswith(b"forEach"):
        return True
    return MEMBER_WRITE.search(chunk, found.end()) is not None


class Scan:
    """One walk of a statement (each node once: the walks below were most of a page's script time), split into what
    runs now (outside nested functions) and what runs later (inside them: callbacks)."""

    __slots__ = ("awaits", "calls", "later_refs", "later_sets", "mutations", "returns", "sets")

    def __init__(self) -> None:
        self.awaits = self.returns = False
        self.calls: list[str] = []  # the page's methods called now, in order
        self.sets: list[TSNode] = []  # `alias.setData(...)` calls run now
        self.later_sets: list[TSNode] = []  # setData calls in callbacks
        self.later_refs: list[str] = []  # methods called or named in callbacks, or passed on now
        self.mutations: list[str] = []  # `alias.data.x… =` targets and `alias.data.x.splice` callees, anywhere


_AWAIT = re.compile(rb"\bawait\b")
_RETURN = re.compile(rb"\breturn\b")


def _around(node: TSNode, kind: str, stop: int) -> TSNode | None:
    """`node` or its nearest ancestor of `kind`, not climbing above the statement starting at `stop`."""
    current: TSNode | None = node
    while current is not None and current.type != kind:
        if current.start_byte < stop:
            return None
        current = current.parent
    return current if current is not None and current.start_byte >= stop else None


def _in_function(node: TSNode, statement: TSNode) -> bool:
    """Whether `node` lies in a function inside `statement` (a callback: it runs later)."""
    current = node.parent
    top, bottom = statement.start_byte, statement.end_byte
    while current is not None and (current.start_byte > top or current.end_byte < bottom):
        if current.type in _FUNCTIONS:
            return True
        current = current.parent
    return False


def _hit(node: TSNode, start: int, end: int) -> TSNode:
    return node.named_descendant_for_byte_range(start, end) or node


def named_uses(methods: dict[str, TSNode]) -> list[tuple[str, bytes, re.Pattern[bytes]]]:
    """Each method's name, its bytes and how a use of it is written (`that.loadData(`, `this.render`)."""
    return [(name, *_use(name)) for name in methods]


@functools.lru_cache(maxsize=1024)
def _use(name: str) -> tuple[bytes, re.Pattern[bytes]]:
    spelled = name.encode()
    return spelled, re.compile(rb"\b([A-Za-z_$][\w$]*)\s*\.\s*" + re.escape(spelled) + rb"(?![\w$])(\s*\()?")


def scan(node: TSNode, src: bytes, aliases: set[str], named: list[tuple[str, bytes, re.Pattern[bytes]]]) -> Scan:
    """What the statement `node` runs now, and what it leaves for later. Found from its bytes: each `setData(`,
    `await`, `return` and method name found is looked up in the tree (a walk or a query over every node of every
    statement was most of a page's script time)."""
    found = Scan()
    top = node.start_byte
    chunk = src[top : node.end_byte]
    if b"setData" in chunk:
        for hit in SET_DATA.finditer(chunk):
            call = _around(_hit(node, top + hit.start(), top + hit.start() + 7), "call_expression", top)
            function = call.child_by_field_name("function") if call is not None else None
            if call is None or function is None or not text(function, src).endswith("setData"):
                continue
            (found.later_sets if _in_function(call, node) else found.sets).append(call)
    if b".data." in chunk:
        found.mutations += [f"{m.group(1).decode()}.data.{m.group(2).decode()}{m.group(3).decode()}.="
                            for m in IN_PLACE.finditer(chunk) if changes(m, chunk)]
    for name, spelled, used in named:
        if spelled not in chunk:
            continue
        for hit in used.finditer(chunk):
            if hit.group(1).decode() not in aliases:
                continue
            member = _around(_hit(node, top + hit.start(), top + hit.end(1)), "member_expression", top)
            if member is None:
                continue
            if hit.group(2) is not None and not _in_function(member, node):
                found.calls.append(name)  # called now
            else:
                found.later_refs.append(name)  # called in a callback, or passed on: runs later
    if b"await" in chunk:
        for hit in _AWAIT.finditer(chunk):
            awaited = _around(_hit(node, top + hit.start(), top + hit.end()), "await_expression", top)
            if awaited is not None and not _in_function(awaited, node):
                found.awaits = True
                break
    if b"return" in chunk:
        for hit in _RETURN.finditer(chunk):
            returned = _around(_hit(node, top + hit.start(), top + hit.end()), "return_statement", top)
            if returned is not None and returned.start_byte != top and not _in_function(returned, node):
                found.returns = True
                break
    return found

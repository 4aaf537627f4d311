"""What a page's event handlers do, as far as the dark-pattern rules care.

Two questions decide how a tapped element is read: does its handler *flip a boolean* in the data
(`this.setData({agreed: !this.data.agreed})` — the element is a hand-drawn checkbox), and does it
*open a legal document* (`wx.navigateTo({url: '/pages/agreement/index'})`,
`wx.openPrivacyContract()` — the element is a link). Handler bodies are read whole, callbacks
included: a flip inside a callback is still what a tap does. One level of `this.other()` is
followed, since handlers often delegate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from lint.frontends.mini.jsnodes import Member, call_nodes, callee, first_object_arg, members, text, unwrap, walk

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

_NAVIGATE = frozenset({"navigateTo", "redirectTo", "reLaunch", "switchTab", "navigateToMiniProgram"})
#: Page paths and URLs that hold a legal document (English and pinyin names are both common).
LEGAL_TARGET = re.compile(
    r"agree|privacy|protocol|polic|terms|legal|contract|licen[cs]e|eula|xieyi|yinsi|tiaokuan|zhengce|"
    r"协议|隐私|政策|条款", re.IGNORECASE)
#: A component's own state as its methods read it: `this.data.x`, `this.props.x`, `this.properties.x`.
_OWN_STATE = re.compile(r"^this\.(?:data|props|properties)\.[A-Za-z_$][\w$]*$")


@dataclass(frozen=True, slots=True)
class Handler:
    name: str
    line: int
    #: Data keys this handler negates (`agreed: !this.data.agreed`).
    flips: frozenset[str] = frozenset()
    #: Where it navigates (the URL source text), or the privacy-contract API it calls.
    target: str = ""
    calls: tuple[str, ...] = ()
    #: Data keys this handler sets to `true` (`this.setData({showAgreement: true})`).
    shows: frozenset[str] = frozenset()
    #: Keys set to one boolean literal whatever the state (`agree() { setData({agreed: true}) }`): two
    #: branches of one `wx:if`, each setting the other value, draw a checkbox (toggles.py). A Vue method
    #: may set a key to its parameter instead: the parameter's index, until a call passes a literal.
    sets: tuple[tuple[str, bool | int], ...] = ()

    @property
    def opens_legal(self) -> bool:
        return bool(self.target) and LEGAL_TARGET.search(self.target) is not None


def _last(path: str) -> str:
    return path.rsplit(".", 1)[-1].strip()


def _negated_path(value: TSNode, src: bytes) -> str | None:
    """`!this.data.x` / `!x` → "x"; `this.data.x ? false : true` → "x"; else None."""
    value = unwrap(value)
    if value.type == "unary_expression":
        op = value.child_by_field_name("operator")
        arg = value.child_by_field_name("argument")
        if op is not None and arg is not None and text(op, src) == "!":
            inner = unwrap(arg)
            if inner.type in ("identifier", "member_expression"):
                return _last(text(inner, src))
    if value.type == "ternary_expression":
        cond = value.child_by_field_name("condition")
        yes, no = value.child_by_field_name("consequence"), value.child_by_field_name("alternative")
        if cond is not None and yes is not None and no is not None and yes.type == "false" and no.type == "true":
            cond = unwrap(cond)
            if cond.type in ("identifier", "member_expression"):
                return _last(text(cond, src))
    return None


def _reported_flips(call: TSNode, src: bytes) -> set[str]:
    """A controlled component flips its state through its parent: `this.props.onChange(!this.props.checked)`
    (Alipay), `this.triggerEvent('change', {value: !this.data.checked})` (WeChat). The negated own
    property, passed straight to a call, is what a tap flips."""
    found: set[str] = set()
    args = call.child_by_field_name("arguments")
    if args is None or b"!" not in src[args.start_byte : args.end_byte]:
        return found  # no negation among the arguments: nothing flipped (most calls: toasts, logs, requests)
    for arg in args.named_children:
        values = [v for _, v, _ in members(unwrap(arg), src)] if unwrap(arg).type == "object" else [arg]
        for value in values:
            inner = unwrap(value)
            operand = inner.child_by_field_name("argument") if inner.type == "unary_expression" else None
            if operand is not None and _OWN_STATE.match(text(unwrap(operand), src)):
                negated = _negated_path(value, src)
                if negated is not None:
                    found.add(negated)
    return found


def _analyse(name: str, body: TSNode, src: bytes) -> Handler:
    flips: set[str] = set()
    target = ""
    calls: list[str] = []
    #: Literal values `setData` gives each key: two of them, chosen by a condition on the key, flip it.
    literals: dict[str, set[str]] = {}
    for node in call_nodes(body):
        fn = callee(node, src)
        method = _last(fn)
        if method != "setData":
            flips |= _reported_flips(node, src)
        if method == "setData":
            arg = first_object_arg(node)
            for key, value, _ in members(arg, src) if arg is not None else ():
                negated = _negated_path(value, src)
                if negated is not None and negated == _last(key):
                    flips.add(key)
                elif unwrap(value).type in _LITERALS:
                    literals.setdefault(key, set()).add(text(unwrap(value), src))
        elif method in _NAVIGATE and not target:
            arg = first_object_arg(node)
            for key, value, _ in members(arg, src) if arg is not None else ():
                if key == "url":
                    target = text(value, src)
        elif method in ("openPrivacyContract", "openUserAgreement") and not target:
            target = fn or method
        elif fn.startswith("this.") and fn.count(".") == 1:
            calls.append(method)
    flips |= _branch_flips(body, src, literals)
    shows = frozenset(key for key, values in literals.items() if "true" in values)
    sets = tuple((key, "true" in values) for key, values in literals.items()
                 if len(values) == 1 and values & {"true", "false"} and key not in flips)
    return Handler(name, body.start_point[0] + 1, frozenset(flips), target, tuple(calls), shows, sets)


_LITERALS = frozenset({"true", "false", "number", "string"})
_CONDITIONS = frozenset({"if_statement", "ternary_expression"})


def _branch_flips(body: TSNode, src: bytes, literals: dict[str, set[str]]) -> set[str]:
    """`if (this.data.agreed) setData({agreed: false}) else setData({agreed: true})`, the same as a ternary
    statement, or `if (x == 0) setData({x: 1}) else setData({x: 0})`: a key given two literal values under a
    condition that reads it is flipped by the tap."""
    candidates = {key for key, values in literals.items() if len(values) > 1 and "." not in key}
    if not candidates:
        return set()
    written = src[body.start_byte : body.end_byte]
    if b"if" not in written and b"?" not in written:  # no condition to find (`loadData` sets loading both ways)
        return set()
    found: set[str] = set()
    for node in walk(body):
        if node.type not in _CONDITIONS:
            continue
        condition = node.child_by_field_name("condition")
        if condition is None:
            continue
        read = set(re.findall(r"[A-Za-z_$][\w$]*", text(condition, src)))
        found |= candidates & read
    return found


def _bodies(options: TSNode, src: bytes, listed: list[Member] | None = None) -> dict[str, TSNode]:
    """Every function member of a `Page({...})` object, and of a component's `methods`: its body."""
    found: dict[str, TSNode] = {}
    for name, value, member in members(options, src) if listed is None else listed:
        if name == "methods" and value.type == "object":
            found.update(_bodies(value, src))
        elif value.type == "statement_block" or member.type == "method_definition":
            found[name] = value
    return found


def read_handlers(options: TSNode, src: bytes) -> dict[str, Handler]:
    """Every function member of a `Page({...})` object, and of a component's `methods`."""
    return {name: _analyse(name, body, src) for name, body in _bodies(options, src).items()}


def follow_calls(handlers: dict[str, Handler]) -> dict[str, Handler]:
    """Merges in what the methods a handler calls do (one level)."""
    merged: dict[str, Handler] = {}
    for name, handler in handlers.items():
        flips, target = set(handler.flips), handler.target
        for called in handler.calls:
            other = handlers.get(called)
            if other is not None:
                flips |= other.flips
                target = target or other.target
        merged[name] = replace(handler, flips=frozenset(flips), target=target)
    return merged


class HandlerTable(MutableMapping[str, Handler]):
    """A script's handlers, each read (and its calls followed) when first asked for.

    A page defines a dozen methods but its template taps two or three: analysing every body up
    front was most of the script's cost. `add` takes one options object (a `Behavior`, then the
    page); a later one's methods win, as `dict.update(follow_calls(read_handlers(...)))` would.
    """

    def __init__(self) -> None:
        #: (bodies of one options object, its source), in the order they were added.
        self._groups: list[tuple[dict[str, TSNode], bytes]] = []
        #: Which group defines a name last; names keep the position they were first added at.
        self._where: dict[str, int] = {}
        self._read: dict[str, Handler] = {}
        self._analysed: dict[tuple[int, str], Handler] = {}

    def add(self, options: TSNode, src: bytes, listed: list[Member] | None = None) -> None:
        bodies = _bodies(options, src, listed)
        index = len(self._groups)
        self._groups.append((bodies, src))
        for name in bodies:
            self._where[name] = index
            self._read.pop(name, None)

    def _raw(self, index: int, name: str) -> Handler:
        key = (index, name)
        found = self._analysed.get(key)
        if found is None:
            bodies, src = self._groups[index]
            found = self._analysed[key] = _analyse(name, bodies[name], src)
        return found

    def __getitem__(self, name: str) -> Handler:
        found = self._read.get(name)
        if found is not None:
            return found
        index = self._where[name]  # KeyError for an unknown name, as a dict raises
        handler = self._raw(index, name)
        if not handler.calls:  # nothing to merge in: the handler as read (no copy of a frozen value)
            self._read[name] = handler
            return handler
        flips, target = set(handler.flips), handler.target
        bodies = self._groups[index][0]
        for called in handler.calls:  # one level, within the same options object (follow_calls)
            if called in bodies:
                other = self._raw(index, called)
                flips |= other.flips
                target = target or other.target
        shows, sets = set(handler.shows), dict(handler.sets)
        for called in handler.calls:
            if called in bodies:
                shows |= self._raw(index, called).shows
                sets.update(self._raw(index, called).sets)
        found = self._read[name] = replace(handler, flips=frozenset(flips), target=target, shows=frozenset(shows),
                                           sets=tuple(sets.items()))
        return found

    def __setitem__(self, name: str, handler: Handler) -> None:
        self._where.setdefault(name, -1)
        self._read[name] = handler

    def __delitem__(self, name: str) -> None:
        del self._where[name]
        self._read.pop(name, None)

    def __contains__(self, name: object) -> bool:
        return name in self._where

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)

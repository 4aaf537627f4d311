"""Lifecycle hooks that run before the first render: their synchronous `this.setData({...})` calls.

`onLoad`/`onShow`/`created`/`attached`/`ready` (and `lifetimes`/`pageLifetimes`) run before the
user sees the page, in the runtime's order. Their `this.setData` calls apply to the initial data,
but only up to the first `await`, and not inside callbacks (`wx.request({success})`, `.then()`):
those run after the first render. Values read from `this.data` (through `const that = this` or
`const { agreed } = this.data`) resolve against the data as it stands at that point. A page's own
method the hook calls (`this.loadData()`) runs there too, up to its first `await`.

What a hook (or a method it calls) writes later, in a callback or after an `await`, is what the page
shows moments after loading: a skeleton's `loading` flag, a setting's saved value. Those keys end
unknown (as uni-app's and Taro's do), not as the initial data says: the box or link the user meets is
not known to be the first render's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lint.finding import Evidence
from lint.frontends.expr import UNKNOWN, Valued, evaluate, to_display
from lint.frontends.mini.jsnodes import Member, first_object_arg, key_name, members, text, unwrap
from lint.frontends.mini.scan import IN_PLACE, MUTATORS, SET_DATA, Scan, changes, named_uses, scan

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

    from lint.frontends.mini.script import Data

#: Lifecycle hooks that run before the first render is shown, in the order the runtime calls them.
LIFECYCLE = ("created", "onInit", "attached", "onLoad", "onShow", "ready", "didMount")
#: A page's hooks that a `Component()`-built page writes in `methods`.
_PAGE_HOOKS = frozenset({"onLoad", "onShow"})
#: Hooks that run right after the first render (`onReady`: the page's first render is done).
_AFTER_RENDER = ("onReady",)


def _this_aliases(body: TSNode, src: bytes) -> tuple[set[str], dict[str, str]]:
    """`const that = this` aliases, and names destructured from data (`const { agreed } = this.data`)."""
    aliases = {"this"}
    picked: dict[str, str] = {}
    for statement in body.named_children:
        if statement.type in ("lexical_declaration", "variable_declaration"):
            for declarator in statement.named_children:
                value = declarator.child_by_field_name("value")
                name = declarator.child_by_field_name("name")
                if value is None or name is None:
                    continue
                if value.type == "this":
                    aliases.add(text(name, src))
                elif name.type == "object_pattern" and text(value, src) in {f"{a}.data" for a in aliases}:
                    for part in name.named_children:
                        if part.type == "shorthand_property_identifier_pattern":
                            picked[text(part, src)] = text(part, src)
    return aliases, picked






#: How deep a hook's calls to the page's own methods are run in place (`onLoad` → `init` → `loadData`); what a
#: deeper call writes is unknown.
_MAX_CALL_DEPTH = 2
#: Array methods that change the list they are called on (`this.data.list.forEach(i => { i.checked = false })`
#: changes its items through the callback: listed too).
_LEADING_NAME = re.compile(r"[A-Za-z_$][\w$]*")


def _plain_call(statement: TSNode) -> bool:
    """`this.init()` or `await this.init()` as a statement of its own: the call runs, unconditionally."""
    if statement.type != "expression_statement" or not statement.named_children:
        return False
    expression = statement.named_children[0]
    if expression.type == "await_expression" and expression.named_children:
        expression = expression.named_children[0]
    return expression.type == "call_expression"






class _Run:
    """One page's hooks being applied: its methods, what they write later, and the methods being run."""

    __slots__ = ("aliases", "data", "later", "methods", "named", "running", "shown", "src", "swept")

    def __init__(self, src: bytes, shown: str, data: Data, methods: dict[str, TSNode]) -> None:
        self.src, self.shown, self.data, self.methods = src, shown, data, methods
        self.named = named_uses(methods)
        self.later: dict[str, None] = {}
        self.running: list[str] = []
        self.swept: set[str] = set()  # methods whose every write is already in `later`
        #: `this` and its aliases (`const that = this`): `that.data.list` is the page's data, `res.data.list` is not.
        self.aliases: set[str] = {"this", "that", "self", "_this", "_that", "me", "vm", "page"}

    def sweep_method(self, name: str) -> None:
        if name not in self.swept:
            self.swept.add(name)
            self.sweep(self.methods[name])

    def sweep(self, node: TSNode) -> None:
        """Everything `node` may write goes to `later` (it runs after the first render, or may not run): `setData`
        keys (computed ones by their leading name), `this.data.x` changed in place, and all that the page's
        methods it calls or names write, however deep.

        Read from the bytes, not by walking the tree (a node at a time was most of a page's script time): each
        `setData(` found is looked up in the tree for its keys; in-place changes and method names are matched."""
        src, start, end = self.src, node.start_byte, node.end_byte
        chunk = src[start:end]
        if b"setData" in chunk:
            for found in SET_DATA.finditer(chunk):
                call = node.named_descendant_for_byte_range(start + found.start(), start + found.end())
                while call is not None and call.type != "call_expression":
                    call = call.parent
                if call is not None:
                    self._set_data_keys(call)
        if b".data." in chunk:
            for found in IN_PLACE.finditer(chunk):
                if found.group(1).decode() in self.aliases and changes(found, chunk):
                    self.later[found.group(2).decode()] = None
        for name, spelled, used in self.named:
            if name in self.swept or spelled not in chunk:
                continue
            for found in used.finditer(chunk):
                if found.group(1).decode() in self.aliases:
                    self.sweep_method(name)
                    break

    def later_from(self, scan: Scan) -> None:
        """What a scan found to run later: setData in callbacks, in-place changes, methods called there."""
        for call in scan.later_sets:
            self._set_data_keys(call)
        for written in scan.mutations:
            self._mutation(written)
        for name in scan.later_refs:
            self.sweep_method(name)

    def _set_data_keys(self, call: TSNode) -> None:
        arg = first_object_arg(call)
        if arg is None:
            return
        src = self.src
        for pair in arg.named_children:
            key = pair.child_by_field_name("key") if pair.type == "pair" else pair
            if key is None:
                continue
            raw = text(key, src).strip("[]'\"` ")
            found = _LEADING_NAME.match(raw)
            if found is not None:
                self.later[found.group(0)] = None

    def computed_keys(self, arg: TSNode) -> None:
        """`setData({[`list[${i}].checked`]: false})`: a key not written out changes the data it starts with."""
        src = self.src
        for pair in arg.named_children:
            key = pair.child_by_field_name("key") if pair.type == "pair" else None
            if key is not None and key.type == "computed_property_name" and key_name(key, src) is None:
                inner = text(key, src)[1:-1].strip()
                if _LEADING_NAME.fullmatch(inner):  # `[key]`: the string a `const key = '...'` holds, if any
                    held = re.search(rf"\b(?:const|let|var)\s+{re.escape(inner)}\s*=\s*['\"`]([^'\"`]+)",
                                     src.decode("utf-8", "replace"))
                    if held is None:  # any list of the page may be the one written
                        self.later.update(dict.fromkeys(k for k, v in self.data.values.items() if type(v) is list))
                        continue
                    inner = held.group(1)
                found = _LEADING_NAME.match(inner.strip("'\"` "))
                if found is not None:
                    self.later[found.group(0)] = None

    def _mutation(self, written: str) -> None:
        """`this.data.list[1].checked =` or `that.data.list.splice(…)`: the list's literal no longer holds."""
        base, found, path = written.partition(".data.")
        if not found or base not in self.aliases:
            return
        name = _LEADING_NAME.match(path)
        if name is None:
            return
        rest = path[name.end() :]
        method = rest.rsplit(".", 1)[-1] if "." in rest else ""
        if rest.endswith(".=") or method in MUTATORS or rest.startswith("["):
            self.later[name.group(0)] = None


def _apply_lifecycle(hook: str, body: TSNode, run: _Run) -> None:
    src, shown, data = run.src, run.shown, run.data
    aliases, picked = _this_aliases(body, src)
    run.running.append(hook)

    def lookup(path: str) -> Valued:
        for alias in aliases:
            if path.startswith(f"{alias}.data."):
                return data.lookup(path[len(alias) + 6 :])
        head, dot, rest = path.partition(".")
        if head in picked:
            return data.lookup(picked[head] + dot + rest)
        return UNKNOWN, ()

    statements = body.named_children
    sometimes = False  # after an early return: what follows may not run
    run.aliases.update(aliases)
    for at, statement in enumerate(statements):
        direct = not sometimes and statement.type == "expression_statement" and statement.named_children and \
            statement.named_children[0].type == "call_expression"
        found = scan(statement, src, run.aliases, run.named)
        for name in found.calls:
            if (len(run.running) <= _MAX_CALL_DEPTH and len(found.calls) == 1 and direct and _plain_call(statement)
                    and name not in run.running):
                _apply_lifecycle(name, run.methods[name], run)
            else:  # too deep, under a condition or inside an expression: what it writes is not known
                run.sweep_method(name)
        # Callbacks (and methods named in them), in-place changes of this.data: all later.
        run.later_from(found)
        for call in found.sets:
            arg = first_object_arg(call)
            if arg is None:
                continue
            for key, value, _ in members(arg, src):
                value = unwrap(value)
                result = evaluate(value, src, lookup)[0] if direct else UNKNOWN
                line = value.start_point[0] + 1
                note = f"this.setData({{{key}: {to_display(result)}}}) in {hook}"
                data.set(key, result, Evidence(shown, line, note) if result is not UNKNOWN else None)
                # Not a copy of what was passed; not `created` (setData does nothing there, and what a use passes
                # is applied after it).
                if value.type in ("true", "false", "number", "string") and hook != "created":
                    data.rewritten.add(key.split(".", 1)[0].split("[", 1)[0])
            run.computed_keys(arg)
        if found.awaits:
            # Everything after an await runs after the first render: what it writes (and what the methods it
            # calls write) is not the first render's.
            for rest in statements[at + 1 :]:
                run.sweep(rest)
            break
        if found.returns or statement.type == "return_statement":
            sometimes = True
    run.running.pop()


def _lifecycle_bodies(options: TSNode, src: bytes, listed: list[Member] | None,
                     methods: dict[str, TSNode]) -> dict[str, TSNode]:
    """The hooks' bodies by hook; `methods` gets the other methods' (a page's own, a component's `methods`; a page
    built with `Component()` keeps its `onLoad`/`onShow` there, and they run as a page's do)."""
    bodies: dict[str, TSNode] = {}
    for name, value, _ in members(options, src) if listed is None else listed:
        if name == "methods" and value.type == "object":
            for inner, body, _ in members(value, src):
                if body.type != "statement_block":
                    continue
                if inner in _PAGE_HOOKS:
                    bodies.setdefault(inner, body)
                else:
                    methods[inner] = body
        elif value.type == "statement_block" and name not in LIFECYCLE:
            methods[name] = value
        if name in ("lifetimes", "pageLifetimes") and value.type == "object":
            for inner, body, _ in members(value, src):
                hook = "onShow" if inner == "show" else inner
                if body.type == "statement_block":
                    bodies[hook] = body
        elif name in LIFECYCLE and value.type == "statement_block":
            bodies.setdefault(name, value)
    return bodies


def apply_lifecycles(options: TSNode, src: bytes, shown: str, data: Data, listed: list[Member] | None = None) -> None:
    methods: dict[str, TSNode] = {}
    bodies = _lifecycle_bodies(options, src, listed, methods)
    run = _Run(src, shown, data, methods)
    for hook in LIFECYCLE:
        if hook in bodies:
            _apply_lifecycle(hook, bodies[hook], run)
    for hook in _AFTER_RENDER:  # runs once the first render is done: what it writes is shown a moment later
        if hook in methods:
            run.sweep(methods[hook])
    for key in run.later:
        data.set(key, UNKNOWN, None)

"""Writes that Vue lifecycle hooks make while a uni-app page starts, applied to its first-render state.

A privacy dialog is usually declared hidden (`showPrivacy: false`, `ref(false)`) and opened by
code as the page loads: `this.showPrivacy = true` in `onLoad`, `visible.value = !agreed` in
`onLoad(() => ...)`. A plain top-level assignment in a start-up hook is applied with its value
(unknown when the value is); one under a condition, in a callback or after an `await` may or may
not have run, so it makes the state unknown rather than leaving the declared value to be
believed. Writes in event handlers are not start-up writes and are ignored.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lint.finding import Evidence
from lint.frontends.expr import UNKNOWN, Lookup, Valued, evaluate, to_display
from lint.frontends.mini.scan import MEMBER_WRITE, MUTATORS
from lint.frontends.vue.scope import Scope

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

#: Hooks that run as a page or component starts, in the order uni-app calls them.
HOOKS = ("beforeCreate", "created", "onLoad", "onShow", "beforeMount", "onBeforeMount", "mounted",
         "onMounted", "onReady")
_FUNCTIONS = ("arrow_function", "function_expression", "function", "method_definition")


def _text(node: TSNode, src: bytes) -> str:
    return src[node.start_byte : node.end_byte].decode("utf-8", "replace")


def _target(left: TSNode, src: bytes, options_api: bool) -> str | None:
    """`this.showPrivacy` (options API) or `visible.value` / `state.docVisible` (setup) as a path."""
    text = "".join(_text(left, src).split())
    if options_api:
        return text[5:] if text.startswith("this.") else None
    return text.removesuffix(".value") if "." in text else None


def _lookup(scope: Scope, options_api: bool) -> Lookup:
    def lookup(path: str) -> Valued:
        if options_api:
            return scope.lookup(path[5:]) if path.startswith("this.") else (UNKNOWN, ())
        return scope.lookup(path.removesuffix(".value"))

    return lookup


def _assignments(node: TSNode) -> list[TSNode]:
    found: list[TSNode] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type in ("assignment_expression", "augmented_assignment_expression"):
            found.append(current)
        stack.extend(current.named_children)
    return found


def _forget(scope: Scope, path: str) -> None:
    for key in [k for k in scope.values if k == path or k.startswith(f"{path}.")]:
        scope.values[key] = UNKNOWN
        scope.evidence.pop(key, None)


_NAME = re.compile(r"[A-Za-z_$][\w$]*")


def _root(path: str) -> str | None:
    """The state a target path belongs to: `agreements` of `agreements[1].checked` or `rows.value[1].on`."""
    found = _NAME.match(path)
    return found.group(0) if found is not None else None


def _held(scope: Scope, root: str) -> bool:
    return root in scope.values or any(k.startswith(f"{root}.") for k in scope.values)


def _unsettle(node: TSNode, src: bytes, scope: Scope, options_api: bool, functions: dict[str, TSNode],
              seen: set[str]) -> None:
    """What `node` may change in state it does not write by plain assignment is unknown: items changed in place
    (`this.list[1].checked = x`, `rows.value.splice(…)`, `list.forEach(i => { i.on = false })`), and all that
    the component's own methods it calls or passes on (`this.initList()`, `.then(this.render)`) write."""
    stack = [node]
    while stack:
        current = stack.pop()
        kind = current.type
        if kind in ("assignment_expression", "augmented_assignment_expression"):
            left = current.child_by_field_name("left")
            path = _target(left, src, options_api) if left is not None else None
            root = _root(path.replace(".value", "", 1)) if path is not None else None
            if root is not None and _held(scope, root):
                _forget(scope, root)
        elif kind in ("call_expression", "member_expression"):
            name = "".join(_text(current.child_by_field_name("function") or current, src).split()) \
                if kind == "call_expression" else "".join(_text(current, src).split())
            own = name[5:] if options_api and name.startswith("this.") else name
            method_name = own.rsplit(".", 1)[-1]
            if kind == "call_expression" and method_name in MUTATORS and "." in own and (
                    method_name != "forEach" or MEMBER_WRITE.search(_text(current, src).encode()) is not None):
                root = _root(own.replace(".value", "", 1))
                if root is not None and _held(scope, root):
                    _forget(scope, root)
            method = own if "." not in own else None
            if method is not None and method in functions and method not in seen:
                seen.add(method)
                stack.append(functions[method])
        stack.extend(current.named_children)


def apply_hook(hook: str, fn: TSNode, src: bytes, shown: str, scope: Scope, options_api: bool,
               functions: dict[str, TSNode] | None = None) -> None:
    """Applies the writes of one start-up hook's function body to ``scope``; `functions` are the component's own
    methods (options API) or the functions `setup` declares, whose writes the hook may cause."""
    body = fn.child_by_field_name("body")
    if body is None:
        return
    lookup = _lookup(scope, options_api)
    certain = body.type == "statement_block"
    statements = body.named_children if certain else [body]
    for statement in statements:
        _unsettle(statement, src, scope, options_api, functions or {}, set())
        direct = certain and statement.type == "expression_statement" and bool(statement.named_children) \
            and statement.named_children[0].type == "assignment_expression"
        # Only the statement's own assignment is certain: one nested in its value (`this.off = bus.on('agreed',
        # () => { this.agreed = true })`, a `setTimeout` callback) runs later, if ever.
        top = statement.named_children[0].start_byte if direct else -1
        for assignment in _assignments(statement):
            left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
            path = _target(left, src, options_api) if left is not None else None
            if left is None or path is None or path not in scope.values or right is None:
                continue  # only state the template can read; locals are not first-render state
            value = evaluate(right, src, lookup)[0] if assignment.start_byte == top and \
                assignment.type == "assignment_expression" else UNKNOWN
            if value is UNKNOWN:
                _forget(scope, path)
            else:
                note = f"{_text(left, src)} = {to_display(value)} in {hook}"
                scope.put(path, value, Evidence(shown, assignment.start_point[0] + 1, note))
        if "await" in _text(statement, src):
            certain = False  # everything after an await runs after the first render, or may not


def setup_hooks(statements: list[TSNode], src: bytes, shown: str, scope: Scope) -> None:
    """`onLoad(() => {...})` and friends called in `<script setup>` or `setup()`, applied in the
    order the runtime calls them (not the order they are registered in)."""
    found: list[tuple[int, str, TSNode]] = []
    for statement in statements:
        if statement.type != "expression_statement" or not statement.named_children:
            continue
        call = statement.named_children[0]
        if call.type != "call_expression":
            continue
        fn, args = call.child_by_field_name("function"), call.child_by_field_name("arguments")
        name = _text(fn, src) if fn is not None else ""
        if name in HOOKS and args is not None:
            found += [(HOOKS.index(name), name, arg) for arg in args.named_children if arg.type in _FUNCTIONS]
    functions: dict[str, TSNode] = {}
    for statement in statements:  # `function initList() {…}` and `const load = async () => {…}`
        if statement.type == "function_declaration" and (named := statement.child_by_field_name("name")):
            functions[_text(named, src)] = statement
        elif statement.type in ("lexical_declaration", "variable_declaration"):
            for declarator in statement.named_children:
                value, named = declarator.child_by_field_name("value"), declarator.child_by_field_name("name")
                if value is not None and named is not None and value.type in _FUNCTIONS:
                    functions[_text(named, src)] = value
    for statement in statements:
        if statement.type != "expression_statement" or not statement.named_children:
            continue
        watcher = statement.named_children[0]
        for callback in _immediate_watchers(watcher, src) if watcher.type == "call_expression" else ():
            _unsettle(callback, src, scope, False, functions, set())
    for _, name, fn_node in sorted(found, key=lambda item: item[0]):
        apply_hook(name, fn_node, src, shown, scope, options_api=False, functions=functions)


#: Watchers whose callback runs as the component is set up, before it first renders: `watchEffect`, and `watch`
#: with `{ immediate: true }` (`watchPostEffect` runs after rendering).
_EFFECTS = frozenset({"watchEffect", "watchSyncEffect"})
_IMMEDIATE = re.compile(rb"\bimmediate\s*:\s*true\b")


def _immediate_watchers(call: TSNode, src: bytes) -> list[TSNode]:
    """The callbacks of a setup-time watcher call that run before the first render. What they write depends on
    what they watch (a prop, a stored value): unknown at first render, not the declared value."""
    fn, args = call.child_by_field_name("function"), call.child_by_field_name("arguments")
    name = _text(fn, src) if fn is not None else ""
    passed = [a for a in args.named_children if a.type != "comment"] if args is not None else []
    if name in _EFFECTS:
        return [a for a in passed[:1] if a.type in _FUNCTIONS]
    if name == "watch" and len(passed) >= 3 and passed[2].type == "object" and \
            _IMMEDIATE.search(src[passed[2].start_byte : passed[2].end_byte]):
        return [a for a in passed[1:2] if a.type in _FUNCTIONS]
    return []


def option_hooks(options: dict[str, TSNode], src: bytes, shown: str, scope: Scope) -> None:
    """`onLoad() { this.showPrivacy = true }` in an options-API component."""
    methods: dict[str, TSNode] = {}
    listed = options.get("methods")
    for member in listed.named_children if listed is not None and listed.type == "object" else ():
        key = member.child_by_field_name("name" if member.type == "method_definition" else "key")
        value = member if member.type == "method_definition" else member.child_by_field_name("value")
        if key is not None and value is not None and value.type in _FUNCTIONS:
            methods[_text(key, src).strip("'\"")] = value
    watchers = options.get("watch")  # `watch: { show: { handler(v) {…}, immediate: true } }` runs as it is created
    for member in watchers.named_children if watchers is not None and watchers.type == "object" else ():
        value = member.child_by_field_name("value") if member.type == "pair" else None
        if value is None or value.type != "object" or not _IMMEDIATE.search(src[value.start_byte : value.end_byte]):
            continue
        for inner in value.named_children:
            key = inner.child_by_field_name("name" if inner.type == "method_definition" else "key")
            handler = inner if inner.type == "method_definition" else inner.child_by_field_name("value")
            if key is not None and _text(key, src).strip("'\"") == "handler" and handler is not None:
                _unsettle(handler, src, scope, True, methods, set())
    for hook in HOOKS:
        fn = options.get(hook)
        if fn is not None and fn.type in _FUNCTIONS:
            apply_hook(hook, fn, src, shown, scope, options_api=True, functions=methods)

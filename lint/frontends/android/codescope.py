"""What lifecycle code means beyond the statements the walker reads (codewalk.py): names that stand for a literal
at first render, and the hooks a base class's lifecycle calls for its subclasses to fill in."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lint.frontends.android.androidannotations import user_action
from lint.frontends.android.codevalues import MAX_CHOICES
from lint.frontends.android.codewalk import (
    _BRANCHES,
    _FUNCTIONS,
    _LAMBDAS,
    _LISTENER,
    PHASES,
    _callee,
    _enclosing_call,
    _name,
    _text,
    entry_points,
    functions,
)

if TYPE_CHECKING:
    from tree_sitter import Node

#: Base classes from libraries (not in the repository) whose lifecycle calls methods their subclasses fill in:
#: XPage's `XPageFragment.onCreateView` calls `initArgs()` and `initPage()`, which calls `initTitleBar()`,
#: `initViews()` and `initListeners()` (xuexiangjys/XPage, the base of the widely forked TemplateAppProject).
LIBRARY_HOOKS: dict[str, dict[str, int]] = {
    "XPageFragment": dict.fromkeys(("initArgs", "initPage", "initTitleBar", "initViews", "initListeners"),
                                   PHASES["onCreateView"]),
}
#: How many calls deep a lifecycle method's own helpers are followed for the hooks they call.
_HELPER_DEPTH = 3
#: Listener callbacks a class implements itself: they run when the user acts.
_CALLBACK = re.compile(r"^on\w*(?:Click|Clicked|CheckedChanged|Checked|Tap|Touch|ItemSelected)\w*$")
#: Declarations that bind a name without an initializer this module reads: the name is then ambiguous.
_OTHER_BINDINGS = {"formal_parameter", "catch_formal_parameter", "parameter", "class_parameter",
                   "inferred_parameters", "spread_parameter"}
_ASSIGNMENTS = {"assignment_expression", "assignment", "update_expression", "postfix_expression",
                "prefix_expression"}


def constants(root: Node) -> dict[str, str]:
    """Names whose value at first render is their initializer: declared once in the file (a field, a local, a
    Kotlin property) and assigned nowhere else, except in listener bodies, which run after the user acts
    (`private boolean isAgree = true;` toggled by a click listener is still true when onCreate reads it).
    A name declared twice, or bound as a parameter or loop variable anywhere, is left alone."""
    values: dict[str, list[str | None]] = {}
    assigned: set[str] = set()
    reassigned: dict[str, list[str | None]] = {}  # what each assignment writes (None: not a plain `=`)
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, later = stack.pop()
        kind = node.type
        if kind in _LAMBDAS or (kind == "object_creation_expression" and node.child_by_field_name("body")):
            later = later or bool(_LISTENER.search(_enclosing_call(node)))
        elif kind in _FUNCTIONS and (_CALLBACK.match(_name(node)) or b"@OnClick" in (node.text or b"")[:200]
                                     or user_action(node)):
            # `public void onClick(View v)` of an Activity that is its own listener, a ButterKnife method, an
            # AndroidAnnotations `@Click`/`@CheckedChange` method
            later = True
        if kind == "variable_declarator":
            name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
            values.setdefault(_text(name), []).append(_text(value) if value is not None else None)
        elif kind == "property_declaration":
            declared = next((c for c in node.named_children if c.type == "variable_declaration"), None)
            name = next((c for c in declared.named_children if c.type in ("identifier", "simple_identifier")),
                        None) if declared is not None else None
            has_value = any(c.type == "=" for c in node.children)
            value = node.named_children[-1] if has_value and node.named_children else None
            if name is not None:
                values.setdefault(_text(name), []).append(_text(value) if value is not None else None)
            stack.extend((c, later) for c in node.named_children if c is not declared)
            continue
        elif kind == "variable_declaration" or kind in _OTHER_BINDINGS or kind == "enhanced_for_statement" \
                or kind == "lambda_expression":
            bound = node.child_by_field_name("name") or next(
                (c for c in node.named_children if c.type in ("identifier", "simple_identifier")), None)
            if bound is not None:
                values.setdefault(_text(bound), []).append(None)
        elif kind in _ASSIGNMENTS and not later:
            target = node.child_by_field_name("left") or node.child_by_field_name("argument") or (
                node.named_children[0] if node.named_children else None)
            if target is not None:
                written = _text(target).removeprefix("this.").strip()
                assigned.add(written)
                right = node.child_by_field_name("right") or (
                    node.named_children[-1] if kind == "assignment" and len(node.named_children) > 1 else None)
                operator = b"".join(c.text or b"" for c in node.children if not c.is_named)
                reassigned.setdefault(written, []).append(
                    _text(right) if right is not None and operator == b"=" else None)
        stack.extend((c, later) for c in node.named_children)
    found_values = {name: found[0] for name, found in values.items()
                    if len(found) == 1 and found[0] is not None and name not in assigned}
    for variable, writes in reassigned.items():
        first = values.get(variable)
        if first is None or len(first) != 1:
            continue
        options = list(dict.fromkeys([first[0], *writes]))
        if 1 < len(options) <= MAX_CHOICES and all(o is not None and _STRING_ID.match(o) for o in options):
            # `int tos = R.string.tos_pay; if (stripe) tos = R.string.tos_buy;`: one of these string ids, as a choice
            # the text reader takes apart (codevalues: every one is a text it may show).
            found_values[variable] = _nested(options)
    return found_values


#: What a string id held in a variable may be, as a choice (`constants`).
_STRING_ID = re.compile(r"^R\.string\.\w+$")
_CHOICE = "__chosen_at_run_time__"


def _nested(options: list[str | None]) -> str:
    """`c ? A : c ? B : C`: the choice among `options` as nested conditionals."""
    *first, last = options
    return "".join(f"{_CHOICE} ? {o} : " for o in first) + str(last)


def lifecycle_hooks(root: Node) -> dict[str, int]:
    """Methods a base class's lifecycle calls for its subclasses to fill in (`onCreate() { …; initView() }` with
    `abstract fun initView()`, `protected open fun initView() {}`, Java's abstract or empty-bodied method), with
    the phase of the call: a subclass's override runs there. A hook called in one arm of a choice (`if (agreed)
    onReturning() else onFirstVisit()`) has `CONDITIONAL` added to its phase: it may not run, so what it writes is
    not known (`split_phase`)."""
    found = functions(root)
    hooks: dict[str, int] = {}
    for _, phase, function in entry_points(found):
        # Through the class's own helpers too (`onCreate() { initViewsAndEvents() }`, a private method calling
        # `initView()`; XPage's `initPage()` calling `initViews()`), a few calls deep.
        stack, seen = [(function, 0, False)], {id(function)}
        while stack:
            caller, depth, chosen = stack.pop()
            for name, in_choice in _direct_calls(caller):
                defined = found.get(name)
                if not defined or name in PHASES:
                    continue
                maybe = chosen or in_choice
                if all(_overridable(d) for d in defined):
                    hooks[name] = min(hooks.get(name, phase + CONDITIONAL), phase + CONDITIONAL if maybe else phase)
                if depth < _HELPER_DEPTH:
                    for helper in defined:
                        if id(helper) not in seen:
                            seen.add(id(helper))
                            stack.append((helper, depth + 1, maybe))
    return hooks


#: Added to a hook's phase when it is called in one arm of a choice: its writes are conditional.
CONDITIONAL = 100


def split_phase(value: int) -> tuple[int, bool]:
    """(phase, conditional) of a hook's recorded phase."""
    return (value - CONDITIONAL, True) if value >= CONDITIONAL else (value, False)


def _direct_calls(function: Node) -> list[tuple[str, bool]]:
    """The bare calls (`initView()`, `this.initView()`) in a function's own body, lambdas excluded, each with
    whether it sits in one arm of a choice: an `if` with an `else`, a `when`/`switch`, a loop, a `catch`, or an `if`
    on anything but the set-up guards base classes use (`if (rootView == null) { …; initView() }`,
    `if (getLayoutId() > 0)`, `_setup_guard`), whose calls count as certain."""
    body = function.child_by_field_name("body") or next(
        (c for c in function.children if c.type in ("function_body", "block")), None)
    names: list[tuple[str, bool]] = []
    stack = [(body, False)] if body is not None else []
    while stack:
        node, chosen = stack.pop()
        if node.type in _LAMBDAS or node.type == "object_creation_expression":
            continue
        if node.type in _BRANCHES and not (node.type in ("if_statement", "if_expression") and not _has_else(node)
                                           and _setup_guard(_text(node.child_by_field_name("condition")))):
            chosen = True
        if node.type in ("method_invocation", "call_expression"):
            receiver, name = _callee(node)
            if receiver is None or _text(receiver) == "this":
                names.append((name, chosen))
        stack.extend((c, chosen) for c in node.children if c.is_named)
    return names


#: The guards base classes set themselves up under, which pass on the first render: a view not made yet
#: (`rootView == null`), a layout given (`getLayoutId() != 0`), a first creation (`savedInstanceState == null`).
#: Any other condition (`BuildConfig.DEBUG`, a stored "agreed before") is a choice.
_GUARD_PART = re.compile(
    r"\s*\(?\s*(?:[\w.()]*layout[\w.()]*\s*(?:!=\s*(?:0|-1|View\.NO_ID|NO_ID)|>\s*0)"
    r"|[\w.()]*(?:root|view|savedinstancestate|binding)[\w.()]*\s*==\s*null"
    r"|null\s*==\s*[\w.()]*(?:root|view|savedinstancestate|binding)[\w.()]*)\s*\)?\s*", re.I)


def _setup_guard(condition: str) -> bool:
    """Whether every part of an `||` is a set-up guard (`mRootView == null || mRootView.get() == null`)."""
    text = condition.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    return bool(text) and all(_GUARD_PART.fullmatch(part) for part in text.split("||"))


def _has_else(node: Node) -> bool:
    return node.child_by_field_name("alternative") is not None or any(c.type == "else" for c in node.children)


def _overridable(function: Node) -> bool:
    body = function.child_by_field_name("body") or next(
        (c for c in function.children if c.type in ("function_body", "block")), None)
    if body is None:
        return True  # abstract (or an interface's) declaration
    modifiers = next((c for c in function.children if c.type == "modifiers"), None)
    words = set(_text(modifiers).split()) if modifiers is not None else set()
    if "open" in words or "abstract" in words:
        return True
    inner = body.named_children[0] if body.type == "function_body" and body.named_children else body
    return function.type == "method_declaration" and not inner.named_children  # Java `void initView() {}`


def enclosing_class(function: Node) -> str:
    parent = function.parent
    while parent is not None and parent.type not in ("class_declaration", "object_declaration"):
        parent = parent.parent
    if parent is None:
        return ""
    named = parent.child_by_field_name("name") or next(
        (c for c in parent.children if c.type in ("identifier", "type_identifier", "simple_identifier")), None)
    return _text(named)

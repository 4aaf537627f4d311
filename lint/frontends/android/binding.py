"""Data binding expressions in layout attributes (`@{...}`, two-way `@={...}`).

Only literals are known at first render: `@{true}`, `@{View.GONE}`, a resource (`@{@string/terms}`,
`@{@stringArray/legal[0]}`), and a format string's own words (`@{@string/terms(vm.appName)}`, arguments shown as
`…`); of a conditional between resources (`@{vm.compact ? @dimen/small : @dimen/smaller}`), every branch, which one
shows being runtime data (`branches`: a reader may know what holds for all of them). Anything else that reads a
variable (`@{vm.agreed}`, `@{vm.show ? View.VISIBLE : View.GONE}`) is runtime data and stays unknown: a view model's
initial value is not in the layout.
"""

from __future__ import annotations

import re

_BINDING = re.compile(r"^@=?\{\s*(.*?)\s*\}$", re.S)
_VIEW_CONSTANT = re.compile(r"^(?:android\.view\.)?View\.(GONE|INVISIBLE|VISIBLE)$")
_RESOURCE = re.compile(r"^@(string|bool|dimen|integer|color|plurals)/([\w.]+)$")
_ARRAY_ITEM = re.compile(r"^@(?:stringArray|intArray|array)/([\w.]+)\[(\d+)\]$")


def expression(raw: str) -> str | None:
    """The expression of a binding attribute, or None when the value is not a binding."""
    if "{" not in raw:  # nearly every attribute value: skip the regex
        return None
    match = _BINDING.match(raw.strip())
    return match.group(1) if match else None


def is_binding(raw: str) -> bool:
    return expression(raw) is not None


def visibility(expr: str) -> str | None:
    """`View.GONE` -> "gone"; anything else -> None (unknown)."""
    match = _VIEW_CONSTANT.match(expr)
    return match.group(1).lower() if match else None


def resource(expr: str) -> str | None:
    """A literal resource inside a binding, as a plain reference (`@string/x`) or an array key."""
    match = _RESOURCE.match(expr)
    if match:
        return f"@{match.group(1)}/{match.group(2)}"
    item = _ARRAY_ITEM.match(expr)
    if item:
        return f"array/{item.group(1)}[{item.group(2)}]"
    return None


_FORMATTED = re.compile(r"^@string/([\w.]+)\s*\((.*)\)$", re.S)
#: printf-style specifiers of a format string resource: `%s`, `%1$s`, `%d`, `%.2f`, `%%`.
_SPECIFIER = re.compile(r"%(?:\d+\$)?[-#+ 0,(]*\d*(?:\.\d+)?[a-zA-Z%]")


def formatted(expr: str) -> str | None:
    """`@string/terms(vm.appName)`: the format string's reference (`@string/terms`), else None."""
    match = _FORMATTED.match(expr)
    return f"@string/{match.group(1)}" if match else None


def fill(template: str) -> str:
    """A format string with each runtime argument shown as `…` (`%%` is a percent sign): its own words are
    in the rendered text whatever the arguments are."""
    return _SPECIFIER.sub(lambda m: "%" if m.group(0) == "%%" else "…", template)


def literal_text(expr: str) -> str | None:
    """A string literal: "@{`Terms`}" or '@{"Terms"}'."""
    if len(expr) >= 2 and expr[0] == expr[-1] and expr[0] in "`\"'":
        return expr[1:-1]
    return None


#: `condition ? @type/name : rest`: a condition without `?`/`:` of its own (no nested or null-coalescing `??`
#: conditional in it), then a resource branch, then the else branch (a resource, or another such conditional).
_CONDITIONAL = re.compile(r"^[^?:]+\?\s*(@(?:string|bool|dimen|integer|color)/[\w.]+)\s*:\s*(.+)$", re.S)
#: How many branches a chain of conditionals may have (`a ? x : b ? y : z`) before it is not read.
_MAX_BRANCHES = 8


def branches(expr: str) -> list[str] | None:
    """Every reference the expression can evaluate to: one for a plain resource (`@dimen/x`), each branch of a
    conditional whose branches are all resources; None when any branch is something else (a variable, a literal,
    a nested conditional in a then-branch)."""
    found: list[str] = []
    while len(found) < _MAX_BRANCHES:
        ref = _RESOURCE.match(expr.strip())
        if ref is not None:
            return [*found, f"@{ref.group(1)}/{ref.group(2)}"]
        match = _CONDITIONAL.match(expr.strip())
        if match is None:
            return None
        found.append(match.group(1))
        expr = match.group(2)
    return None

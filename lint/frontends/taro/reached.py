"""Whether the code that returns a JSX tree runs at first render.

A component that returns early (`if (collapsed) return <展开/>`) or returns one of two trees
(`return open ? <A/> : <B/>`) renders only one of them. jsx.py walks a module down to its outermost JSX; each
step here gives a node's children with the condition under which they are reached: known true, known false (with
the evidence that decides it) or unknown (`Fact(None)`: a prop, a fetched value), never guessed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lint.finding import Evidence
from lint.frontends.taro.attrs import unparen
from lint.model import Fact

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

#: `test(cond, negate)`: whether `cond` (negated) holds at first render, with the state it is written in.
Test = Callable[["TSNode", bool], Fact]
_BRANCHES = (("consequence", False), ("alternative", True))


def both(outer: Fact, inner: Fact) -> Fact:
    """Two conditions that must both hold: false wins (with its evidence), then unknown."""
    if outer.value is False:
        return outer
    if inner.value is False:
        return inner
    if outer.value is None or inner.value is None:
        return Fact(None)
    return Fact(True)


def reached_children(node: TSNode, reached: Fact, test: Test, note: Callable[[TSNode], str],
                     shown: str) -> list[tuple[TSNode, Fact]]:
    """The node's named children, each with whether it is reached at first render."""
    kind = node.type
    if kind == "statement_block":
        found: list[tuple[TSNode, Fact]] = []
        for statement in node.named_children:
            found.append((statement, reached))
            if statement.type == "if_statement":
                reached = both(reached, _after_if(statement, test, note, shown))
        return found
    if kind in ("if_statement", "ternary_expression"):
        cond = node.child_by_field_name("condition")
        if cond is not None:
            found = [(cond, reached)]
            for field, negate in _BRANCHES:
                branch = node.child_by_field_name(field)
                if branch is not None:
                    found.append((branch, both(reached, test(unparen(cond), negate))))
            return found
    if kind == "binary_expression":
        operator = node.child_by_field_name("operator")
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        spelled = operator.type if operator is not None else ""
        if left is not None and right is not None and spelled in ("&&", "||"):
            return [(left, reached), (right, both(reached, test(left, spelled == "||")))]
    return [(child, reached) for child in node.named_children]


def _after_if(statement: TSNode, test: Test, note: Callable[[TSNode], str], shown: str) -> Fact:
    """Whether code after `if (a) return …; else if (b) return …; else …` runs: when no returning branch is
    taken, i.e. every condition is false. A branch that does not return before the last lets code after run
    whatever the later conditions say: then only the conditions before it count."""
    after = Fact(True)
    current: TSNode | None = statement
    while current is not None and current.type == "if_statement":
        cond, body = current.child_by_field_name("condition"), current.child_by_field_name("consequence")
        if cond is None or body is None or not returns(body):
            return after
        after = both(after, _returned_early(unparen(cond), current, test, note, shown))
        alternative = current.child_by_field_name("alternative")  # an `else_clause`: `else if …` or `else {…}`
        inner = [c for c in alternative.named_children if c.type != "comment"] if alternative is not None else []
        current = inner[0] if len(inner) == 1 and inner[0].type == "if_statement" else None
    return after


def _returned_early(cond: TSNode, statement: TSNode, test: Test, note: Callable[[TSNode], str], shown: str) -> Fact:
    """Whether code after `if (cond) return …` runs at first render: when `cond` is false."""
    after = test(cond, True)
    if after.value is not False:
        return after if after.value is None else Fact(True)
    written = f"if ({note(cond)}) returns before it"
    return Fact(False, (Evidence(shown, statement.start_point[0] + 1, written), *after.evidence[1:]))


def returns(body: TSNode) -> bool:
    """Whether a branch always leaves the function: `return …`, `throw …`, or a block that ends with one."""
    if body.type in ("return_statement", "throw_statement"):
        return True
    if body.type == "statement_block":
        statements = [s for s in body.named_children if s.type != "comment"]
        return bool(statements) and statements[-1].type in ("return_statement", "throw_statement")
    return False

"""Facts computed on demand (`Node.pending`): settled in the right order, and never changing the eager facts.

The engine asks for `text`/`label` without settling a node (`EAGER_FACTS`), so a frontend's pending finisher must
never add them or change their values (it may add evidence: the engine settles a node before making its finding).
Every fixture project and example is built by the real frontends and checked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.discover import discover
from lint.model import EAGER_FACTS, Fact, Node, Span
from lint.runner import _documents

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
PROJECTS = sorted(p for p in RULES.glob("*/*") if p.is_dir() and (RULES / f"{p.parent.name}.yaml").is_file())
PROJECTS += sorted(p for p in (ROOT / "examples").iterdir() if p.is_dir())


def _node(parent: Node | None, order: list[str], name: str) -> Node:
    def finish(node: Node) -> None:
        order.append(name)
        above = node.parent.fact("visible").value if node.parent is not None else True
        node.facts["visible"] = Fact(above and name != "hidden")

    node = Node("container", "view", "p.wxml", Span(1, 1, 1, 1), parent=parent, pending=finish)
    if parent is not None:
        parent.children.append(node)
    return node


def test_ancestors_settle_first_and_once() -> None:
    order: list[str] = []
    root = _node(None, order, "root")
    hidden = _node(root, order, "hidden")
    leaf = _node(hidden, order, "leaf")
    leaf.facts["text"] = Fact("I agree to the Privacy Policy")
    assert leaf.fact("text").value == "I agree to the Privacy Policy"
    assert order == []  # asking for text settles nothing
    assert leaf.fact("label") == Fact(None) and order == []
    assert leaf.fact("visible").value is False
    assert order == ["root", "hidden", "leaf"]
    assert root.fact("visible").value is True and order == ["root", "hidden", "leaf"]


def test_a_deep_chain_settles_without_recursion() -> None:
    order: list[str] = []
    node = _node(None, order, "root")
    for i in range(20_000):  # deeper than Python's recursion limit
        node = _node(node, order, f"n{i}")
    assert node.fact("visible").value is True
    assert len(order) == 20_001


@pytest.mark.parametrize("project", PROJECTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_pending_facts_never_touch_the_eager_ones(project: Path) -> None:
    checked = 0
    for unit in discover([project]).units:
        for doc in _documents(unit, lambda p: p.as_posix()):
            stack = list(doc.roots)
            while stack:
                node = stack.pop()
                stack.extend(node.children)
                if node.pending is None:
                    continue
                before = {name: node.fact(name).values() for name in EAGER_FACTS}
                node.settle()
                assert node.pending is None
                after = {name: node.fact(name).values() for name in EAGER_FACTS}
                assert after == before, f"{doc.path}:{node.span.line} <{node.tag}>"
                checked += 1
    if project.name in ("android-app", "wechat-miniprogram"):
        assert checked > 20  # the examples do defer facts: the check above ran

"""The text a person reads as a toggle's label, the way mini-program rows are laid out.

In order: the toggle's own text (`<checkbox>同意</checkbox>`), the enclosing `<label>`, then the
nearest text in the same row: siblings first, then the siblings of a wrapper that holds only the
toggle (`<checkbox-group><checkbox/></checkbox-group><text>同意…</text>`), up to two levels.
"""

from __future__ import annotations

from collections.abc import Iterable

from lint.model import Fact, Node

_WRAPPER_LEVELS = 2


def _has_text(node: Node) -> bool:
    value = node.fact("text").value
    return isinstance(value, str) and bool(value.strip())


def _nearest_text(siblings: list[Node], index: int) -> Node | None:
    order = sorted(range(len(siblings)), key=lambda i: (abs(i - index), i < index))
    for i in order:
        if i != index and _has_text(siblings[i]) and siblings[i].kind not in ("button", "input"):
            return siblings[i]
    return None


def label_of(toggle: Node) -> Fact | None:
    if _has_text(toggle):
        return toggle.fact("text")
    ancestor = toggle.parent
    while ancestor is not None:
        if ancestor.tag == "label" and _has_text(ancestor):
            return ancestor.fact("text")
        ancestor = ancestor.parent
    current = toggle
    for _ in range(_WRAPPER_LEVELS + 1):
        parent = current.parent
        if parent is None:
            return None
        found = _nearest_text(parent.children, parent.children.index(current))
        if found is not None:
            return found.fact("text")
        current = parent
    return None


def assign_labels(nodes: Iterable[Node]) -> None:
    for node in nodes:
        if node.kind == "toggle":
            label = label_of(node)
            if label is not None:
                node.facts["label"] = label

"""What a template's expressions can read at first render, with where each value came from.

Shared by uni-app (`data()`, `ref()`, props) and Taro (`useState()`, `this.state`): values are
flattened to dotted paths so `state.protocol` and `form.agreed` resolve, each with its evidence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lint.finding import Evidence
from lint.frontends.expr import UNKNOWN, Valued, evaluate, to_display

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

#: Object literals nested deeper than this are unknown: real state is a few levels deep, a
#: hostile file may nest thousands (each level a full evaluation, each path longer).
MAX_NESTING = 32


@dataclass(slots=True)
class Scope:
    values: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)

    def lookup(self, path: str) -> Valued:
        if path in self.values:
            ev = self.evidence.get(path)
            return self.values[path], (ev,) if ev is not None else ()
        return UNKNOWN, ()

    def put(self, path: str, value: Any, evidence: Evidence) -> None:
        """Sets ``path`` (and, for an object value, every nested key) with one evidence."""
        stack = [(path, value, 0)]
        while stack:  # iterative: a hostile literal may nest deeper than Python's recursion limit
            current, item, depth = stack.pop()
            self.values[current] = item
            self.evidence[current] = evidence
            if isinstance(item, dict) and depth < MAX_NESTING:
                stack.extend((f"{current}.{key}", inner, depth + 1) for key, inner in reversed(item.items()))
            elif isinstance(item, list) and depth < MAX_NESTING:  # `PLANS[0].id`: the items by index
                items = list(enumerate(item))
                stack.extend((f"{current}.{index}", inner, depth + 1) for index, inner in reversed(items))

    def put_object(self, obj: TSNode, src: bytes, shown: str, prefix: str, label: str) -> None:
        """An object literal, leaf by leaf, each leaf with its own line: `data.form.agreed = true`.

        Depth first in source order (a later key may read an earlier one), with an explicit stack;
        objects nested deeper than `MAX_NESTING` stay unknown, as no real component state does that.
        """
        if prefix:
            self.values[prefix.rstrip(".")] = evaluate(obj, src, self.lookup)[0]
        stack: list[tuple[Iterator[TSNode], str]] = [(iter(obj.named_children), prefix)]
        while stack:
            pairs, base = stack[-1]
            pair = next(pairs, None)
            if pair is None:
                stack.pop()
                continue
            if pair.type != "pair":
                continue
            key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
            if key is None or value is None:
                continue
            name = src[key.start_byte : key.end_byte].decode("utf-8", "replace").strip("'\"")
            path = f"{base}{name}"
            if value.type == "object":
                if len(stack) < MAX_NESTING:
                    self.values[path] = evaluate(value, src, self.lookup)[0]
                    stack.append((iter(value.named_children), f"{path}."))
                else:
                    self.values[path] = UNKNOWN
                continue
            result = evaluate(value, src, self.lookup)[0]
            self.values[path] = result
            note = f"{label}.{path} = {to_display(result)}" if label else f"{path} = {to_display(result)}"
            self.evidence[path] = Evidence(shown, value.start_point[0] + 1, note)

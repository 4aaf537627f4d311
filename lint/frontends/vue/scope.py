"""What a template's expressions can read at first render, with where each value came from.

Shared by uni-app (`data()`, `ref()`, props) and Taro (`useState()`, `this.state`): values are
flattened to dotted paths so `state.protocol` and `form.agreed` resolve, each with its evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lint.finding import Evidence
from lint.frontends.expr import UNKNOWN, Valued, evaluate, to_display

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode


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
        self.values[path] = value
        self.evidence[path] = evidence
        if isinstance(value, dict):
            for key, inner in value.items():
                self.put(f"{path}.{key}", inner, evidence)

    def put_object(self, obj: TSNode, src: bytes, shown: str, prefix: str, label: str) -> None:
        """An object literal, leaf by leaf, each leaf with its own line: `data.form.agreed = true`."""
        self.values[prefix.rstrip(".")] = evaluate(obj, src, self.lookup)[0] if prefix else None
        for pair in obj.named_children:
            if pair.type != "pair":
                continue
            key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
            if key is None or value is None:
                continue
            name = src[key.start_byte : key.end_byte].decode("utf-8", "replace").strip("'\"")
            path = f"{prefix}{name}"
            if value.type == "object":
                self.put_object(value, src, shown, f"{path}.", label)
                continue
            result = evaluate(value, src, self.lookup)[0]
            self.values[path] = result
            note = f"{label}.{path} = {to_display(result)}" if label else f"{path} = {to_display(result)}"
            self.evidence[path] = Evidence(shown, value.start_point[0] + 1, note)
        if not prefix:
            self.values.pop("", None)

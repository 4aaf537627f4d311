"""A page or component script's initial data: what `{{ }}` bindings read at first render.

`Page({data})`, `Component({data, properties})` are read from the syntax tree with a
tree-sitter query (no code runs). Every leaf records the line it came from, so a finding can say
`data.isAgree = true` at `pages/login/login.js:9`. A script that does not parse gives no data:
its bindings stay unknown and the template is still linted.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lint.finding import Evidence
from lint.frontends.expr import UNKNOWN, Valued, evaluate, to_display

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode
    from tree_sitter import Query

_CALLS = {b"Page", b"Component", b"Behavior"}
_QUERY = "(call_expression function: (identifier) @fn arguments: (arguments . (object) @obj))"
#: WeChat's property type constructors and the value a property of that type starts with.
_TYPE_DEFAULTS = {"Boolean": False, "Number": 0, "String": "", "Array": [], "Object": None}


@dataclass(slots=True)
class Data:
    """Initial data, flattened to dotted paths so nested keys (`form.agreed`) resolve."""

    values: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)

    def lookup(self, path: str) -> Valued:
        if path in self.values:
            value = self.values[path]
            ev = self.evidence.get(path)
            return value, (ev,) if ev is not None else ()
        return UNKNOWN, ()

    def set(self, path: str, value: Any, evidence: Evidence) -> None:
        self.values[path] = value
        self.evidence[path] = evidence
        if isinstance(value, dict):
            for key, inner in value.items():
                self.set(f"{path}.{key}", inner, evidence)


@functools.cache
def _query(language: str) -> Query:
    from tree_sitter import Query

    from lint.frontends.ts import parser

    lang = parser(language).language
    assert lang is not None
    return Query(lang, _QUERY)


def read_data(data_bytes: bytes, shown: str, typescript: bool) -> Data:
    from tree_sitter import QueryCursor

    from lint.frontends.ts import parser

    language = "typescript" if typescript else "javascript"
    tree = parser(language).parse(data_bytes)
    data = Data()
    for _, match in QueryCursor(_query(language)).matches(tree.root_node):
        fn = match["fn"][0]
        if data_bytes[fn.start_byte : fn.end_byte] not in _CALLS:
            continue
        options = match["obj"][0]
        for pair in _pairs(options, data_bytes):
            key, value = pair
            if key == "data" and value.type == "object":
                _flatten(value, data_bytes, shown, "", data, "data")
            elif key == "properties" and value.type == "object":
                _properties(value, data_bytes, shown, data)
    return data


def _pairs(obj: TSNode, src: bytes) -> list[tuple[str, TSNode]]:
    pairs: list[tuple[str, TSNode]] = []
    for child in obj.named_children:
        if child.type != "pair":
            continue
        key, value = child.child_by_field_name("key"), child.child_by_field_name("value")
        if key is None or value is None:
            continue
        name = src[key.start_byte : key.end_byte].decode("utf-8", "replace").strip("'\"")
        pairs.append((name, value))
    return pairs


def _flatten(obj: TSNode, src: bytes, shown: str, prefix: str, data: Data, label: str) -> None:
    for key, value in _pairs(obj, src):
        path = f"{prefix}{key}"
        line = value.start_point[0] + 1
        if value.type == "object":
            data.values[path] = evaluate(value, src)[0]
            _flatten(value, src, shown, f"{path}.", data, label)
            continue
        result = evaluate(value, src)[0]
        data.values[path] = result
        data.evidence[path] = Evidence(shown, line, f"{label}.{path} = {to_display(result)}")


def _properties(obj: TSNode, src: bytes, shown: str, data: Data) -> None:
    """`properties: {agreed: {type: Boolean, value: true}}` or `agreed: Boolean`."""
    for key, spec in _pairs(obj, src):
        line = spec.start_point[0] + 1
        if spec.type == "identifier":
            value = _TYPE_DEFAULTS.get(src[spec.start_byte : spec.end_byte].decode(), UNKNOWN)
        elif spec.type == "object":
            fields = dict(_pairs(spec, src))
            if "value" in fields:
                value = evaluate(fields["value"], src)[0]
                line = fields["value"].start_point[0] + 1
            elif "type" in fields:
                value = _TYPE_DEFAULTS.get(src[fields["type"].start_byte : fields["type"].end_byte].decode(), UNKNOWN)
            else:
                value = UNKNOWN
        else:
            continue
        if key not in data.values:
            data.values[key] = value
            data.evidence[key] = Evidence(shown, line, f"properties.{key} default = {to_display(value)}")

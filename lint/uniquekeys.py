"""YAML as users write it: a mapping that names a key twice is an error.

PyYAML keeps the last value of a repeated key, so a second `rules:` block silently replaces the first (and a
rule file's second `select:` its first). Files users write (`.darklint.yaml`, custom rules) are read here; the
shipped pack is read with `rules.load_yaml` alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class DuplicateKeyError(Exception):
    """`keys` is the repeated key's path (`rules.legal-text-small`); lines are 1-based."""

    def __init__(self, keys: list[str], line: int, first_line: int) -> None:
        super().__init__(f"{'.'.join(keys)}: duplicate key (line {line}; first at line {first_line})")
        self.keys, self.line, self.first_line = keys, line, first_line


def load_unique_keys(path: Path) -> Any:
    """The document in `path`, as `rules.load_yaml` reads it, after checking no mapping repeats a key.

    Raises OSError, yaml.YAMLError or DuplicateKeyError.
    """
    import yaml

    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open("rb") as handle:
        loader = loader_class(handle)
        try:
            node = loader.get_single_node()
            if node is None:
                return None
            _check(node, [])
            return loader.construct_document(node)
        finally:
            loader.dispose()


def _check(node: Any, keys: list[str]) -> None:
    import yaml

    # Iterative: a hostile file may nest deeper than the recursion limit.
    stack: list[tuple[Any, list[str]]] = [(node, keys)]
    seen_nodes: set[int] = set()  # anchors and aliases share nodes: visit each once
    while stack:
        current, path = stack.pop()
        if id(current) in seen_nodes:
            continue
        seen_nodes.add(id(current))
        if isinstance(current, yaml.MappingNode):
            first: dict[tuple[str, str], int] = {}
            for key_node, value_node in current.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                    line = key_node.start_mark.line + 1
                    identity = (key_node.tag, key_node.value)
                    if identity in first:
                        raise DuplicateKeyError([*path, key_node.value], line, first[identity])
                    first[identity] = line
                    stack.append((value_node, [*path, key_node.value]))
                else:
                    stack.append((value_node, path))
        elif isinstance(current, yaml.SequenceNode):
            stack.extend((item, [*path, str(index)]) for index, item in enumerate(current.value))

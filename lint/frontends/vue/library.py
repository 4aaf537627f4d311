"""Component tables for uni-app and Taro, on top of the mini-program table.

Entries live in `rules/libraries/frameworks.yaml` in the mini-program table's shape and are
read with its `spec_from`, so one notion of "which property holds the state" serves all three.
"""

from __future__ import annotations

import functools
from typing import Any

from lint.frontends.mini.library import Spec, shipped, spec_from


@functools.cache
def _table() -> dict[str, Any]:
    from lint.rules import load_yaml, rules_dir

    data = load_yaml(rules_dir() / "libraries" / "frameworks.yaml")
    return data if isinstance(data, dict) else {}


@functools.cache
def uniapp_specs() -> dict[str, Spec]:
    """Built-ins and mini-program libraries (usable from uni-app too), then uni-app's own."""
    specs = dict(shipped())
    specs.update({tag: spec_from(tag, raw) for tag, raw in (_table().get("uniapp") or {}).items()})
    return specs


@functools.cache
def taro_specs() -> dict[str, dict[str, Spec]]:
    """Module -> exported name -> entry (its `tag` is the mini-program tag it compiles to)."""
    found: dict[str, dict[str, Spec]] = {}
    for module, exports in (_table().get("taro") or {}).items():
        found[module] = {name: spec_from(str(raw.get("tag", name)), raw) for name, raw in exports.items()}
    return found


def kebab(name: str) -> str:
    """`UCheckbox` → `u-checkbox`: Vue resolves PascalCase tags to the kebab-case component."""
    if not any(c.isupper() for c in name):
        return name
    out = []
    for i, char in enumerate(name):
        if char.isupper() and i > 0 and name[i - 1] != "-":
            out.append("-")
        out.append(char.lower())
    return "".join(out)

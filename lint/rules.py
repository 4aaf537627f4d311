"""The shipped rule pack: rule YAML files, lexicons and presets, loaded from `rules/`.

`rules/` lives outside the package in the repository and is force-included into the wheel as
`lint/_rules`; both layouts are found here so tests run from a checkout and from a wheel.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lint.finding import RuleInfo


@functools.cache
def rules_dir() -> Path:
    packaged = Path(__file__).resolve().parent / "_rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "rules"


def load_yaml(path: Path) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open("rb") as handle:
        return yaml.load(handle, Loader=loader)


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule as data: metadata, a selector over the UI model and option defaults."""

    info: RuleInfo
    message: str
    select: Mapping[str, Any] | None
    option_specs: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    examples: Mapping[str, Any] = field(default_factory=dict)
    builtin: bool = False
    source: Path | None = None

    @property
    def id(self) -> str:
        return self.info.id

    def default_options(self) -> dict[str, Any]:
        return {name: spec.get("default") for name, spec in self.option_specs.items()}


def rule_from_data(data: Mapping[str, Any], source: Path | None = None) -> Rule:
    from lint.docs import render_markdown

    specs = data.get("options") or {}
    info = RuleInfo(
        id=data["id"],
        severity=data.get("severity", "warning"),
        summary=data.get("summary", ""),
        category=data.get("category", ""),
        description=" ".join(str(data.get("description", "")).split()),
        references=tuple(data.get("references") or ()),
        tags=tuple(data.get("tags") or ()),
        options={name: spec.get("default") for name, spec in specs.items()},
        fix=data.get("fix", ""),
    )
    rule = Rule(
        info=info,
        message=data.get("message", "{error}"),
        select=data.get("select"),
        option_specs=specs,
        examples=data.get("examples") or {},
        builtin=bool(data.get("builtin", False)),
        source=source,
    )
    object.__setattr__(rule, "info", _with_docs(info, render_markdown(rule)))
    return rule


def _with_docs(info: RuleInfo, markdown: str) -> RuleInfo:
    from dataclasses import replace

    return replace(info, docs_markdown=markdown)


@functools.cache
def shipped_rules() -> dict[str, Rule]:
    """Every rule in the pack, by id, in id order."""
    rules: dict[str, Rule] = {}
    for path in sorted(rules_dir().glob("*.yaml")):
        data = load_yaml(path)
        rules[data["id"]] = rule_from_data(data, path)
    return rules


@functools.cache
def shipped_lexicons() -> dict[str, dict[str, Any]]:
    """Raw lexicon mappings by id (built into regexes per config, with its extensions)."""
    return {data["id"]: data for data in (load_yaml(p) for p in sorted((rules_dir() / "lexicons").glob("*.yaml")))}


def preset_path(name: str) -> Path:
    return rules_dir() / "presets" / f"{name}.yaml"


def preset_names() -> list[str]:
    return sorted(p.stem for p in (rules_dir() / "presets").glob("*.yaml"))

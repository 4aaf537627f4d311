"""A project's own rules: the YAML files its config's `custom-rules` folders hold, read beside the shipped pack.

Users write these files, so every problem in one is a `ConfigError` naming the file (and line) — a malformed
rule must stop the run with exit code 2 before any page is linted, not fail on every page later.
"""

from __future__ import annotations

from lint.config import Config, ConfigError, read_yaml
from lint.rules import Rule, rule_from_data, shipped_rules


def all_rules(config: Config) -> dict[str, Rule]:
    """The shipped rules, then the config's custom rules (each folder's files in name order)."""
    rules = dict(shipped_rules())
    for folder in config.custom_rules:
        if not folder.is_dir():  # a mistyped folder would silently add no rules
            raise ConfigError(config.source, "custom-rules", str(folder), "no such folder")
        for path in sorted(folder.glob("*.yaml")):
            data = read_yaml(path)
            if not isinstance(data, dict) or "id" not in data:
                raise ConfigError(path, "id", None, "a rule file needs an id")
            rules[data["id"]] = rule_from_data(data, path)
    return rules

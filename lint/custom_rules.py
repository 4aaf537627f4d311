"""A project's own rules: the YAML files its config's `custom-rules` folders hold, read beside the shipped pack.

Users write these files, so every problem in one is a `ConfigError` naming the file (and line), the key and the
value — a malformed rule must stop the run with exit code 2 before any page is linted, not load silently and
select nothing (`selector:` for `select:`) or fail on every page later. Each file is checked against
`rules/schema/rule.schema.json` (jsonschema is imported only when a config names custom rules; the shipped rules
are checked by tests/test_meta.py, not on every run).
"""

from __future__ import annotations

import difflib
import functools
from pathlib import Path
from typing import Any

from lint.config import Config, ConfigError, _did_you_mean, _line_of, read_yaml, schema_problem
from lint.model import FACTS
from lint.rules import Rule, load_yaml, rule_from_data, rules_dir, shipped_rules

#: What a custom rule must say to run and to read well in a report. The schema's other required keys
#: (description, references, examples) feed the shipped pack's generated docs; a team's rule may leave them out,
#: but what it writes must still have the schema's shape.
REQUIRED = ("id", "category", "summary", "message", "select")


def all_rules(config: Config) -> dict[str, Rule]:
    """The shipped rules, then the config's custom rules (each folder's files in name order)."""
    rules = dict(shipped_rules())
    for folder in config.custom_rules:
        if not folder.is_dir():  # a mistyped folder would silently add no rules
            problem = "is a file; name the folder that holds your rule files" if folder.is_file() else "no such folder"
            raise ConfigError(config.origins.get(f"custom-rules.{folder}", config.source), "custom-rules", str(folder),
                              problem)
        for path in sorted((*folder.glob("*.yaml"), *folder.glob("*.yml"))):
            data = read_yaml(path)
            if not isinstance(data, dict):
                raise ConfigError(path, "<top level>", None, "expected a mapping (a rule with id, select, message...)")
            _check_shape(data, path)
            if not data["select"]:  # `select: {}` would run nothing (a rule without a selector is never evaluated)
                raise ConfigError(path, "select", data["select"], "an empty selector; name a kind or a fact to test",
                                  _line_of(path, ["select"]))
            _check_message(data, path)
            rule_id = data["id"]
            if rule_id in rules:
                # A second rule with an id would silently replace the first (a shipped rule, another file's).
                where = "by a shipped rule" if rule_id in shipped_rules() else f"also in {rules[rule_id].source}"
                raise ConfigError(path, "id", rule_id, f"this id is taken ({where}); choose another",
                                  _line_of(path, ["id"]))
            rules[rule_id] = rule_from_data(data, path)
    return rules


@functools.cache
def _validator() -> Any:
    import jsonschema

    schema = dict(load_yaml(rules_dir() / "schema" / "rule.schema.json"))
    # `builtin` marks the shipped rules reported whatever `--select` picks (parse-error and the like): not a
    # custom rule's to claim.
    schema["properties"] = {k: v for k, v in schema["properties"].items() if k != "builtin"}
    schema["required"] = list(REQUIRED)
    # Lengths the shipped pack's docs ask of prose (a 40-character description) are for its generated pages; a
    # team's rule says what it needs to (`summary: dump every toggle`). Types and shapes still hold.
    schema["properties"] = {k: _without_lengths(v) if k in ("summary", "description", "fix") else v
                            for k, v in schema["properties"].items()}
    return jsonschema.Draft202012Validator(schema)


def _without_lengths(spec: Any) -> Any:
    return {k: v for k, v in spec.items() if k != "minLength"} if isinstance(spec, dict) else spec


def _check_shape(data: dict[str, Any], path: Path) -> None:
    # The shallowest first (a missing `select` says more than a problem inside another key), and an unknown key
    # before a missing one: `selector:` is reported as a misspelt `select`.
    errors = sorted(_validator().iter_errors(data), key=lambda e: (
        len(e.absolute_path), e.validator != "additionalProperties", [str(k) for k in e.absolute_path]))
    if not errors:
        return
    error = errors[0]
    keys = [str(k) for k in error.absolute_path]
    if error.validator == "required":
        missing = [k for k in error.validator_value if k not in error.instance]
        key = ".".join([*keys, missing[0]])
        needs = f"a custom rule needs {', '.join(REQUIRED)}" if not keys else \
            f"{keys[-1]} needs {', '.join(error.validator_value)}"
        raise ConfigError(path, key, None, f"missing; {needs}", _line_of(path, keys) if keys else None)
    if error.validator == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        extra = next(k for k in error.instance if k not in allowed)
        hint = "; reserved for the shipped rules" if extra == "builtin" else _did_you_mean(str(extra), allowed)
        raise ConfigError(path, ".".join([*keys, str(extra)]), None, f"unknown key{hint}",
                          _line_of(path, [*keys, str(extra)]))
    problem = "expected lower-case words joined by hyphens, like 'consent-prechecked'" if keys == ["id"] and \
        error.validator == "pattern" else schema_problem(error)
    raise ConfigError(path, ".".join(keys) or "<top level>", error.instance, problem, _line_of(path, keys))


def _check_message(data: dict[str, Any], path: Path) -> None:
    """Every `{placeholder}` must be one a finding fills: an unknown one would print `?` in every report, and a
    malformed one (`{label`, `{font_size:.1f}` on the text a finding quotes) would fail on every page."""
    import string

    message = data["message"]
    options = list(data.get("options") or {})
    known = [*FACTS, *(f"{fact}_reason" for fact in FACTS), "tag", *options]
    line = _line_of(path, ["message"])
    try:
        names = [field for _, field, _, _ in string.Formatter().parse(message) if field is not None]
        for name in names:
            if name not in known:
                close = difflib.get_close_matches(name, known, n=1)
                hint = f"did you mean {{{close[0]}}}?" if close else (
                    f"known: {', '.join(f'{{{k}}}' for k in (*FACTS, 'tag'))}, a fact's reason ({{visible_reason}})"
                    + (f" and the rule's options ({', '.join(f'{{{o}}}' for o in options)})" if options else ""))
                raise ConfigError(path, "message", message, f"unknown placeholder {{{name}}}; {hint}", line)
        message.format_map(dict.fromkeys(known, "text"))  # a finding quotes facts and options as text
    except (ValueError, IndexError, KeyError, AttributeError) as exc:
        brace = "; write {{ or }} for a literal brace" if "'}'" in str(exc) or "Single" in str(exc) else ""
        raise ConfigError(path, "message", message, f"not a valid message template ({exc}){brace}", line) from None

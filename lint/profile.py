"""A configuration compiled for linting: the active rules with their severities, options,
compiled selectors and lexicons, and the per-path ignores. Built once per config file (and once per
worker process, since compiled selectors do not pickle)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lint.config import Config, ConfigError, validate_rules
from lint.custom_rules import all_rules
from lint.engine import ActiveRule, activate
from lint.finding import RuleInfo
from lint.reach import Reach, reach_of
from lint.rules import Rule, shipped_lexicons, shipped_rules

if TYPE_CHECKING:
    from lint.runner import RunOptions


@dataclass(frozen=True, slots=True)
class Profile:
    """Everything a unit needs from its configuration, compiled once per config file."""

    config: Config
    rules: tuple[ActiveRule, ...]
    #: (rule id or "all", compiled globs) from `rules.<id>.ignore` and `per-file-ignores`.
    ignores: tuple[tuple[str, Any], ...] = ()
    #: Which nodes the active rules can select (lint/reach.py); None: any node.
    reach: Reach | None = None


def build_profile(config: Config, options: RunOptions) -> Profile:
    rules = all_rules(config)
    validate_rules(config, rules)
    for flag, named in (("--select", options.select), ("--ignore", options.ignore)):
        for rule_id in named:
            if rule_id not in rules:
                import difflib

                close = difflib.get_close_matches(rule_id, list(rules), n=1)
                raise ConfigError(flag, rule_id, None,
                                  "unknown rule" + (f"; did you mean {close[0]!r}?" if close else ""))
    lexicons = _lexicons(config, _lexicons_named(rules, config))
    active: list[ActiveRule] = []
    for rule_id, rule in rules.items():
        setting = config.rules.get(rule_id)
        severity = setting.severity if setting and setting.severity else None
        enabled = rule.builtin or setting is not None or rule.source not in shipped_sources()
        if options.select:
            # As ruff's syntax errors: a file darklint could not read (or skipped, or failed on) is reported
            # whatever is selected, or `--select legal-text-small` would pass a broken layout in silence.
            enabled = rule_id in options.select or (rule.builtin and rule_id != "unused-suppression")
        if severity == "off" and rule_id in options.select:
            severity = None  # named on the command line (ruff's `--select` overrides the config): on, with its options
        if rule_id in options.ignore or severity == "off" or not enabled:
            if rule.source not in shipped_sources():  # a broken rule file is an error even while it is off
                _activate(rule, rule.info.severity, {}, lexicons)
            continue
        active.append(_activate(rule, severity or rule.info.severity, setting.options if setting else {}, lexicons))
    return Profile(config, tuple(active), _ignore_specs(config), reach_of(active))


def _activate(rule: Rule, severity: str, options: Mapping[str, Any], lexicons: Mapping[str, Any]) -> ActiveRule:
    """The rule compiled; a selector that cannot be (a misspelt lexicon, `lt: abc`) is an error in its file."""
    from lint.config import _line_of as line_of
    from lint.selector import SelectorError

    try:
        return activate(rule, severity, options, lexicons)
    except SelectorError as exc:
        keys = ["select", *exc.key.split(".")] if exc.key else ["select"]
        line = line_of(rule.source, keys) if rule.source else None
        raise ConfigError(rule.source or rule.id, ".".join(keys), exc.value, exc.problem, line) from None


def _lexicons(config: Config, used: frozenset[str]) -> dict[str, Any]:
    """The shipped lexicons with the config's additions, and the config's own lexicons a rule names (`used`); an
    unknown id (one no rule names: a misspelt `documents`) or an unsafe pattern is a config error."""
    from lint.config import _did_you_mean as did_you_mean
    from lint.config import _line_of as line_of
    from lint.lexicon import LexiconError, from_data

    shipped = shipped_lexicons()
    for lex_id in config.lexicons:
        if lex_id not in shipped and lex_id not in used:
            source = config.origins.get(f"lexicons.{lex_id}", config.source)
            line = line_of(source, ["lexicons", lex_id]) if source else None
            hint = did_you_mean(lex_id, list(shipped))
            raise ConfigError(source, f"lexicons.{lex_id}", None,
                              f"unknown lexicon{hint} (a new lexicon is one a rule's `matches` names)", line)
    lexicons: dict[str, Any] = {}
    # A team's own word list (`acme-documents`) is a lexicon no shipped rule reads: only its `add`/`patterns`.
    own = {lex_id: {"id": lex_id} for lex_id in config.lexicons if lex_id not in shipped}
    for lex_id, data in {**shipped, **own}.items():
        try:
            lexicons[lex_id] = from_data(data, config.lexicons.get(lex_id))
        except LexiconError as exc:
            # The file that wrote the pattern refused (several files may add to one lexicon).
            patterns = (config.lexicons.get(lex_id) or {}).get("patterns") or ()
            culprit = next((p for p in patterns if repr(str(p)) in str(exc)), None)
            source = config.origins.get(f"lexicons.{lex_id}.patterns.{culprit}",
                                        config.origins.get(f"lexicons.{lex_id}", config.source))
            line = line_of(source, ["lexicons", lex_id, "patterns"]) if source else None
            raise ConfigError(source, f"lexicons.{lex_id}.patterns", None, str(exc), line) from None
    return lexicons


def _lexicons_named(rules: Mapping[str, Rule], config: Config) -> frozenset[str]:
    """The lexicon ids the rules' selectors name (`matches: lexicon:acme-documents`, or a bare id), directly or
    through an option (`matches: $words`, its default or the config's value)."""
    found: set[str] = set()

    def walk(value: Any, key: str, options: Mapping[str, Any]) -> None:
        if isinstance(value, Mapping):
            for k, v in value.items():
                walk(v, str(k), options)
        elif isinstance(value, list):
            for item in value:
                walk(item, key, options)
        elif isinstance(value, str) and key == "matches" and value.startswith("$"):
            given = options.get(value[1:])
            for name in [given] if isinstance(given, str) else given if isinstance(given, list) else ():
                if isinstance(name, str):
                    found.add(name.removeprefix("lexicon:"))
        elif isinstance(value, str) and (key == "matches" or value.startswith("lexicon:")):
            found.add(value.removeprefix("lexicon:"))

    for rule_id, rule in rules.items():
        setting = config.rules.get(rule_id)
        walk(rule.select, "", {**rule.default_options(), **(setting.options if setting else {})})
    return frozenset(found)


@functools.cache
def shipped_sources() -> frozenset[Path | None]:
    return frozenset(r.source for r in shipped_rules().values())


def _ignore_specs(config: Config) -> tuple[tuple[str, Any], ...]:
    specs: list[tuple[str, Any]] = []
    pairs = [(rule_id, s.ignore) for rule_id, s in config.rules.items() if s.ignore]
    for glob, rule_ids in config.per_file_ignores.items():
        pairs += [(rule_id, (glob,)) for rule_id in rule_ids]
    if pairs:
        import pathspec

        specs = [(rule_id, pathspec.GitIgnoreSpec.from_lines(globs)) for rule_id, globs in pairs]
    return tuple(specs)


def with_severity(active: ActiveRule) -> RuleInfo:
    from dataclasses import replace

    return replace(active.rule.info, severity=active.severity)

"""Configuration: `.darklint.yaml` discovery, `extends:` presets, validation and merging.

Every problem is one `ConfigError` naming the file, the key and the bad value (exit code 2).
The JSON Schema in `rules/schema/` checks the shape; rule ids and option types are checked
against the loaded rules, with a did-you-mean for near misses.
"""

from __future__ import annotations

import difflib
import errno
import functools
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from lint.rules import Rule, load_yaml, preset_names, preset_path, rules_dir

CONFIG_NAMES = (".darklint.yaml", ".darklint.yml")
DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024
_OPTION_TYPES: dict[str, tuple[type, ...]] = {
    "number": (int, float),
    "integer": (int,),
    "string": (str,),
    "boolean": (bool,),
    "array": (list,),
}


class ConfigError(Exception):
    """A configuration problem; str() is the whole user-facing message."""

    def __init__(self, source: Path | str | None, key: str, value: Any, problem: str, line: int | None = None) -> None:
        where = f"{source}:{line}" if source and line else str(source or "<command line>")
        shown = f": {value!r}" if value is not None else ""
        super().__init__(f"{where}: {key}{shown}: {problem}")


@dataclass(frozen=True, slots=True)
class RuleSetting:
    severity: str | None = None  # None: the rule's default severity; "off": disabled
    options: Mapping[str, Any] = field(default_factory=dict)
    ignore: tuple[str, ...] = ()
    #: The file this setting was written in (a file `extends:` names, or the config itself): errors name it.
    source: Path | None = field(default=None, compare=False)
    #: Where each option was set, when an earlier layer set it (a later one naming the rule moves `source`).
    option_sources: Mapping[str, Path] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class Config:
    """An effective configuration; globs are relative to `root`."""

    source: Path | None
    root: Path
    rules: Mapping[str, RuleSetting] = field(default_factory=dict)
    exclude: tuple[str, ...] = ()
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    lexicons: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    custom_rules: tuple[Path, ...] = ()
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    #: Component-library entries (tag -> kind/state properties) added to rules/libraries/components.yaml.
    libraries: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    #: uni-app builds to lint (`#ifdef` conditional compilation: lint/frontends/vue/ifdef.py), each in turn.
    uniapp_platforms: tuple[str, ...] = ("MP-WEIXIN",)
    #: The file each `per-file-ignores` glob and `lexicons` entry was written in ("lexicons.<id>",
    #: "per-file-ignores.<glob>"): an error in a file `extends:` names is that file's, not the config's.
    origins: Mapping[str, Path] = field(default_factory=dict, compare=False)


def _merge(base: Config, data: Mapping[str, Any], source: Path, root: Path) -> Config:
    """`data`, read from `source`, over `base`: a key `data` does not write keeps its value. Paths to rule
    folders are resolved against `source`'s folder; `root` (the config's folder) is what globs are relative to."""
    rules = dict(base.rules)
    for rule_id, value in (data.get("rules") or {}).items():
        previous = rules.get(rule_id, RuleSetting())
        options = {} if isinstance(value, str) else value.get("options") or {}
        kept = {name: where for name in previous.options if name not in options
                and (where := previous.option_sources.get(name, previous.source)) is not None}
        if isinstance(value, str):
            rules[rule_id] = replace(previous, severity=value, source=source, option_sources=kept)
        else:
            rules[rule_id] = RuleSetting(
                severity=value.get("severity", previous.severity),
                options={**previous.options, **options},
                ignore=tuple(value.get("ignore", previous.ignore)),
                source=source,
                option_sources=kept,
            )
    lexicons = {k: dict(v) for k, v in base.lexicons.items()}
    origins = dict(base.origins)
    for lex_id, ext in (data.get("lexicons") or {}).items():
        merged = lexicons.setdefault(lex_id, {})
        for key in ("add", "remove", "patterns"):
            merged[key] = tuple(merged.get(key, ())) + tuple(ext.get(key) or ())
        origins[f"lexicons.{lex_id}"] = source
        origins.update((f"lexicons.{lex_id}.patterns.{pattern}", source) for pattern in ext.get("patterns") or ())
    origins.update((f"per-file-ignores.{glob}", source) for glob in data.get("per-file-ignores") or {})
    origins.update((f"custom-rules.{(source.parent / p).resolve()}", source) for p in data.get("custom-rules") or ())
    return Config(
        source=source,
        root=root,
        rules=rules,
        exclude=base.exclude + tuple(data.get("exclude") or ()),
        per_file_ignores={
            **base.per_file_ignores,
            **{k: tuple(v) for k, v in (data.get("per-file-ignores") or {}).items()},
        },
        lexicons=lexicons,
        # Resolved, and each folder once: a config and the file it extends may both name the same one.
        custom_rules=tuple(dict.fromkeys(
            (*base.custom_rules, *((source.parent / p).resolve() for p in data.get("custom-rules") or ())))),
        max_file_size=int(data.get("max-file-size", base.max_file_size)),
        libraries={**base.libraries, **(data.get("libraries") or {})},
        uniapp_platforms=tuple(data.get("uniapp-platforms") or base.uniapp_platforms),
        origins=origins,
    )


def _validate_shape(data: Any, source: Path) -> None:
    import jsonschema

    schema = load_yaml(rules_dir() / "schema" / "config.schema.json")
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if not errors:
        return
    error = _deepest(errors[0])
    path = [str(p) for p in error.absolute_path]
    key = ".".join(path) or "<top level>"
    if error.validator == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in allowed]
        hint = _did_you_mean(extra[0], allowed)
        if not path and "rules" in allowed:
            from lint.rules import shipped_rules

            if extra[0] in shipped_rules():  # `consent-prechecked: off` at the top: a rule's setting
                hint = f"; a rule's setting goes under `rules:` (rules: {{{extra[0]}: ...}})"
        key = ".".join([*path, extra[0]])
        raise ConfigError(source, key, None, f"unknown key{hint}", _line_of(source, [*path, extra[0]]))
    problem = schema_problem(error)
    if error.validator == "enum" and isinstance(error.instance, str) and "rules" not in path:
        choices = [str(v) for v in error.validator_value]
        upper = error.instance.upper()  # `h5`, `mp-weixin`: platform names are upper case
        problem = "unknown value" + (f"; did you mean {upper!r}?" if upper in choices else
                                     _did_you_mean(error.instance, choices))
    elif error.validator == "oneOf" and path[:1] == ["rules"] and len(path) == 2:
        problem = "expected one of off, info, warning, error (or a mapping with severity/options/ignore)"
    raise ConfigError(source, key, error.instance, problem, _line_of(source, path))


def _deepest(error: Any) -> Any:
    """For a value none of a `oneOf`'s forms accepts, the problem inside the form it was written in.

    `rules.x: {severty: error}` is the mapping form with an unknown key, `{ignore: "pages/**"}` the mapping form
    with a string for a list: naming the key that is wrong beats "expected one of off, info, ...". A form whose
    own type (or enum) does not match at all was not the one meant.
    """
    while error.validator == "oneOf" and error.context:
        meant = [e for e in error.context if e.relative_path or e.validator not in ("type", "enum")]
        if not meant:
            break
        error = min(meant, key=lambda e: (len(e.absolute_path), [str(k) for k in e.absolute_path]))
    return error


def schema_problem(error: Any) -> str:
    """What a JSON Schema wanted, in the words of the other config errors (not jsonschema's repr-laden ones)."""
    if error.validator == "enum":
        return f"expected one of {', '.join(map(str, error.validator_value))}"
    if error.validator == "type":
        wanted = {"object": "a mapping", "array": "a list", "integer": "an integer"}
        return f"expected {wanted.get(error.validator_value, f'a {error.validator_value}')}"
    if error.validator == "oneOf" and error.context and all(e.validator == "type" for e in error.context):
        return " or ".join(schema_problem(e) for e in error.context).replace(" or expected", " or")
    if error.validator == "minLength":
        return f"expected at least {error.validator_value} characters"
    if error.validator == "minItems":
        return f"expected at least {error.validator_value} item(s)"
    if error.validator == "minimum":
        return f"expected a number >= {error.validator_value}"
    return str(error.message)


def _validate_globs(data: Mapping[str, Any], source: Path) -> None:
    """Every glob the config writes must be one pathspec can match with (lint/globs.py)."""
    found: list[tuple[list[str], str, Any]] = [(["exclude"], "exclude", g) for g in data.get("exclude") or ()]
    found += [(["per-file-ignores", g], "per-file-ignores", g) for g in data.get("per-file-ignores") or {}]
    for rule_id, value in (data.get("rules") or {}).items():
        if isinstance(value, Mapping):
            found += [(["rules", rule_id, "ignore"], f"rules.{rule_id}.ignore", g) for g in value.get("ignore") or ()]
    if not found:
        return
    from lint.globs import glob_problem

    for keys, key, glob in found:
        problem = glob_problem(glob)
        if problem is not None:
            raise ConfigError(source, key, glob, problem, _line_of(source, keys))


def _did_you_mean(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1)
    return f"; did you mean {close[0]!r}?" if close else f"; expected one of {', '.join(sorted(choices))}"


def _line_of(source: Path, keys: list[str]) -> int | None:
    """The 1-based line of a key in a YAML file (for messages only; best effort)."""
    import yaml

    try:
        node: Any = yaml.compose(source.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return None
    line = None
    for key in keys:
        if isinstance(node, yaml.SequenceNode) and key.isdigit() and int(key) < len(node.value):
            node = node.value[int(key)]  # `any.0.label`: the item's line is its first key's
            continue
        if not isinstance(node, yaml.MappingNode):
            break
        for key_node, value_node in node.value:
            if key_node.value == key:
                line, node = key_node.start_mark.line + 1, value_node
                break
        else:
            break
    return line


def validate_rules(config: Config, known: Mapping[str, Rule]) -> None:
    """Checks rule ids, severities and option types against the loaded rules, and the rule ids
    `per-file-ignores` names (a misspelt one would silently ignore nothing)."""
    for glob, rule_ids in config.per_file_ignores.items():
        for rule_id in rule_ids:
            if rule_id != "all" and rule_id not in known:
                where = config.origins.get(f"per-file-ignores.{glob}", config.source)
                raise ConfigError(where, f"per-file-ignores.{glob}", rule_id,
                                  f"unknown rule{_did_you_mean(rule_id, list(known))}",
                                  _line_of(where, ["per-file-ignores", glob]) if where else None)
    for rule_id, setting in config.rules.items():
        source = setting.source or config.source
        if rule_id not in known:
            raise ConfigError(
                source,
                f"rules.{rule_id}",
                None,
                f"unknown rule{_did_you_mean(rule_id, list(known))}",
                _line_of(source, ["rules", rule_id]) if source else None,
            )
        specs = known[rule_id].option_specs
        for name, value in setting.options.items():
            key = f"rules.{rule_id}.options.{name}"
            written = setting.option_sources.get(name, source)
            line = _line_of(written, ["rules", rule_id, "options", name]) if written else None
            if name not in specs:
                hint = _did_you_mean(name, list(specs)) if specs else "; this rule has no options"
                raise ConfigError(written, key, value, f"unknown option{hint}", line)
            wanted = specs[name].get("type", "string")
            types = _OPTION_TYPES.get(wanted, (object,))
            if not isinstance(value, types) or (wanted in ("number", "integer") and isinstance(value, bool)):
                raise ConfigError(written, key, value, f"expected a {wanted}", line)
            if wanted in ("number", "integer") and not (0 <= cast(float, value) < float("inf")):  # NaN fails too
                raise ConfigError(written, key, value, "expected a number >= 0", line)


def read_yaml(path: Path) -> Any:
    """A YAML file a user wrote (a config, a custom rule): an unreadable or malformed one, or one that repeats
    a key, is a ConfigError naming the file and the line, never a traceback."""
    import yaml

    from lint.uniquekeys import DuplicateKeyError, load_unique_keys

    try:
        return load_unique_keys(path)
    except DuplicateKeyError as exc:
        raise ConfigError(path, ".".join(exc.keys), None, f"duplicate key (first at line {exc.first_line})",
                          exc.line) from None
    except OSError as exc:
        raise ConfigError(path, "<file>", None, f"cannot read: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(path, "<file>", None, f"not valid YAML: {exc}", mark.line + 1 if mark else None) from None


def _read(path: Path, seen: tuple[Path, ...], base: Config | None = None) -> Config:
    """The config at `path` over `base` (what the files before it in an `extends:` list set).

    Layers fold in order, each writing only the keys it names: a shared file that sets `exclude` leaves the
    severities `strict` set before it alone. Only the config a run found (no `base`) starts from `recommended`
    when it names no `extends:`; a file it extends starts from what is set so far. Globs stay relative to the
    found config's folder (a shared file's `**/generated/**` is about the project that uses it)."""
    if path in seen:
        chain = " -> ".join(p.name for p in (*seen[seen.index(path):], path))
        raise ConfigError(seen[-1], "extends", str(path), f"closes a cycle ({chain})", _line_of(seen[-1], ["extends"]))
    data = read_yaml(path)
    data = {} if data is None else data
    if not isinstance(data, Mapping):
        raise ConfigError(path, "<top level>", None, "expected a mapping of settings")
    rules = data.get("rules")
    if isinstance(rules, Mapping):
        # YAML 1.1 reads a bare `off` as false (and `on` as true): `terms-link-hidden: off`, as the docs write it,
        # means the severity "off"; `on` enables a rule at its default severity.
        data = {**data, "rules": {k: _severity_words(v) for k, v in rules.items()}}
    shipped = path.parent == preset_path("x").parent
    if not shipped:
        # Shipped presets are schema-checked by the test suite; skipping them here keeps a run
        # without a config file from importing jsonschema (~55 ms of a pre-commit call).
        _validate_shape(data, path)
        _validate_globs(data, path)
    if isinstance(rules, Mapping):
        # `on` after an earlier file's `off`: back to the rule's default severity (checked above as `{}`).
        data = {**data, "rules": {k: {**v, "severity": None} if _turned_on(rules[k]) else v
                                  for k, v in data["rules"].items()}}
    layered = Config(source=None, root=path.parent) if base is None else base
    # The first layer starts from `recommended` unless it names its own start: the found config, or the first file
    # of its `extends:` (a shared `ci/darklint.yaml` that only sets `exclude`). A later file adds to what is set.
    first = layered.source is None
    extends = data.get("extends", "recommended" if first and not shipped else [])
    for parent in [extends] if isinstance(extends, str) else extends:
        layered = _resolve_extends(parent, path, (*seen, path), layered)
    return _merge(layered, data, path, layered.root)


def _turned_on(value: Any) -> bool:
    return value is True or (isinstance(value, Mapping) and value.get("severity") is True)


def _severity_words(value: Any) -> Any:
    if value is False:
        return "off"
    if value is True:
        return {}
    if isinstance(value, Mapping) and isinstance(value.get("severity"), bool):
        rest = {k: v for k, v in value.items() if k != "severity"}
        return {**rest, "severity": "off"} if value["severity"] is False else rest
    return value


def _resolve_extends(name: str, source: Path, seen: tuple[Path, ...], base: Config) -> Config:
    if "/" not in name and not name.endswith((".yaml", ".yml")):
        if name not in preset_names():
            raise ConfigError(
                source,
                "extends",
                name,
                f"unknown preset{_did_you_mean(name, preset_names())}",
                _line_of(source, ["extends"]),
            )
        return _read(preset_path(name), seen, base)
    target = (source.parent / name).resolve()
    if not target.is_file():
        raise ConfigError(source, "extends", name, "no such file", _line_of(source, ["extends"]))
    return _read(target, seen, base)


@functools.cache
def load_config(path: Path) -> Config:
    return _read(path.resolve(), ())


@functools.cache
def default_config(root: Path) -> Config:
    return replace(_read(preset_path("recommended"), ()), source=None, root=root)


def find_config(directory: Path) -> Path | None:
    """The closest `.darklint.yaml` at or above `directory` (cached per directory)."""
    found = _find_config(os.fspath(directory))
    return Path(found) if found is not None else None


def find_config_in(directory: str) -> str | None:
    """`find_config` on an absolute folder name: a run asks for every page's folder, and a Path per
    folder was half of the lookup's cost."""
    return _find_config(directory)


@functools.cache
def _find_config(directory: str) -> str | None:
    # On strings, with one stat per name: a run asks for every page's folder (a thousand new ones in a
    # mini-program), and Path objects and `Path.is_file` per folder were a fifth of a cold run's planning.
    for name in CONFIG_NAMES:
        candidate = os.path.join(directory, name)
        try:
            if stat.S_ISREG(os.stat(candidate).st_mode):
                return candidate
        except OSError as exc:  # what `Path.is_file` reads as absent; anything else is not ours to hide
            if exc.errno not in (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP):
                raise
        except ValueError:  # a NUL byte in the path: no such file
            continue
    parent = os.path.dirname(directory)
    return None if parent == directory else _find_config(parent)
